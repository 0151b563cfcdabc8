// Every test executable's main() (forced into each test by gca_add_test): QTEST_MAIN and QTEST_GUILESS_MAIN
// as Qt writes them, with two differences.
//  - The process starts without the tester's OS_* variables, with a scratch HOME and XDG directories, so
//    no clouds.yaml, credentials or settings of whoever runs the tests take part.
//  - A run in which something was skipped and nothing failed exits with SkipExitCode, which ctest
//    (SKIP_RETURN_CODE) reports as "Skipped", never "Passed"; the reasons are repeated at the end.
#pragma once

#include <QTest>

namespace GcaTest {

constexpr int SkipExitCode = 77;

void cleanEnvironment();
int exec(QObject *test, int argc, char **argv);

} // namespace GcaTest

#undef QTEST_MAIN_WRAPPER
#define QTEST_MAIN_WRAPPER(TestObject, ...)                                                                            \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        GcaTest::cleanEnvironment();                                                                                   \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                             \
        __VA_ARGS__                                                                                                    \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return GcaTest::exec(&tc, argc, argv);                                                                         \
    }
