#include "pythonoracle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
// The first answer waits for Glance's import: seconds, a minute on a busy machine.
constexpr int WaitMs = 120000;
} // namespace

PythonOracle::PythonOracle(const QString &script)
    : m_script(script)
{ }

PythonOracle::~PythonOracle()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the script ends at end of input
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool PythonOracle::start()
{
    if (m_process.state() == QProcess::Running)
        return true;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its tracebacks in the test's output
    m_process.start(QStringLiteral("/usr/bin/python3"), { m_script, QStringLiteral("--serve") });
    return m_process.waitForStarted(WaitMs);
}

QJsonObject PythonOracle::ask(const QStringList &files)
{
    return request(QJsonValue(QJsonArray::fromStringList(files)));
}

QJsonObject PythonOracle::request(const QJsonValue &request)
{
    const auto fail = [this](const QString &why) {
        QTest::qFail(qPrintable(m_script + QStringLiteral(" did not answer: ") + why), __FILE__, __LINE__);
        return QJsonObject();
    };
    if (!start())
        return fail(m_process.errorString());
    const QJsonDocument document
        = request.isObject() ? QJsonDocument(request.toObject()) : QJsonDocument(request.toArray());
    m_process.write(document.toJson(QJsonDocument::Compact) + '\n');
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(WaitMs))
            return fail(m_process.state() == QProcess::Running ? QStringLiteral("no answer in time")
                                                               : QStringLiteral("it ended"));
    }
    const QByteArray line = m_process.readLine();
    QJsonParseError parse;
    const QJsonDocument answer = QJsonDocument::fromJson(line, &parse);
    if (parse.error != QJsonParseError::NoError || !answer.isObject() || answer.object().isEmpty())
        return fail(QStringLiteral("not a JSON object: ") + QString::fromUtf8(line));
    return answer.object();
}
