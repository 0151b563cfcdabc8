// One long-lived oracle script (tests/oslo_oracle.py, tests/oslo_values.py, tests/openstacksdk_oracle.py) answering
// a test's questions: the script imports its library once, then reads one JSON request per line and prints one
// JSON answer per line.
// An oracle that does not start, dies, or answers anything but a JSON object fails the running test
// (QTest::qFail): it never stands for an answer such as "oslo.config refused the file".
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>

class PythonOracle
{
public:
    explicit PythonOracle(const QString &script);
    ~PythonOracle();
    PythonOracle(const PythonOracle &) = delete;
    PythonOracle &operator=(const PythonOracle &) = delete;

    // The answer for these config files, or an empty object after failing the current test.
    QJsonObject ask(const QStringList &files);
    // The answer to any request the script understands (openstacksdk_oracle.py: an object), or an empty object
    // after failing the current test.
    QJsonObject request(const QJsonValue &request);

private:
    bool start();

    QString m_script;
    QProcess m_process;
};
