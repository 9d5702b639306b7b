// End to end: vzapsctl against a real vzaps-sandbox process, through the whole life
// of an instance — create → list/search → get → update → restart → subscribe
// (checkout) → pay on the checkout page → cancel (scheduled) → resume → delete → 404.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CtlResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_baseUrl;
    QString m_clientToken;
    QString m_clientSecret;

    // The sandbox is another process, so waiting here blocks nothing it needs.
    CtlResult ctl(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VZAPS_CLIENT_TOKEN"_s, m_clientToken);
        env.insert(u"VZAPS_CLIENT_SECRET"_s, m_clientSecret);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VZAPSCTL_EXE),
                      QStringList{u"--base-url"_s, m_baseUrl, u"--timeout"_s, u"10"_s} + arguments);
        if (!process.waitForFinished(20000))
            qFatal("vzapsctl did not finish");
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QByteArray httpPost(const QUrl &url)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.post(request, QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return QByteArray::number(status);
    }

    QByteArray httpGet(const QUrl &url)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        reply->deleteLater();
        return reply->readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox.start(
            QStringLiteral(VZAPS_SANDBOX_EXE),
            {u"--port"_s, u"0"_s, u"--state"_s, m_dir.filePath(u"state.db"_s), u"--reset"_s});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 10000);
        const QString first = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        static const QRegularExpression banner(
            u"^VZAPS_SANDBOX url=(\\S+) client_token=(\\S+) client_secret=(\\S+)$"_s);
        const QRegularExpressionMatch match = banner.match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        m_baseUrl = match.captured(1);
        m_clientToken = match.captured(2);
        m_clientSecret = match.captured(3);
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(10000));
    }

    void wholeLifecycle()
    {
        const QString name = u"E2E lifecycle %1"_s.arg(QCoreApplication::applicationPid());

        // create
        CtlResult created =
            ctl({u"--json"_s, u"instances"_s, u"create"_s, u"--name"_s, name, u"--webhook"_s,
                 u"https://example.com/hook"_s, u"--events"_s, u"Message,Connected"_s});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.json().value("id"_L1).toString();
        QVERIFY2(id.startsWith("VZ"_L1), created.out.constData());
        QCOMPARE(created.json().value("name"_L1).toString(), name);

        // list with search finds it, and only matching rows
        CtlResult listed = ctl({u"--json"_s, u"instances"_s, u"list"_s, u"--search"_s,
                                u"e2e LIFECYCLE"_s, u"--size"_s, u"100"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray content = listed.json().value("content"_L1).toArray();
        QCOMPARE(content.size(), 1);
        QCOMPARE(content.first().toObject().value("id"_L1).toString(), id);

        // the table view shows the name too
        CtlResult table = ctl({u"instances"_s, u"list"_s, u"--search"_s, name});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(name.toUtf8()));

        // get
        CtlResult got = ctl({u"--json"_s, u"instances"_s, u"get"_s, id});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(got.json().value("webhook"_L1).toString(), u"https://example.com/hook"_s);

        // update only the name
        CtlResult updated =
            ctl({u"--json"_s, u"instances"_s, u"update"_s, id, u"--name"_s, name + u" renamed"_s});
        QCOMPARE(updated.exitCode, 0);
        QCOMPARE(updated.json().value("name"_L1).toString(), name + u" renamed"_s);
        QCOMPARE(updated.json().value("webhook"_L1).toString(), u"https://example.com/hook"_s);

        // restart
        CtlResult restarted = ctl({u"--json"_s, u"instances"_s, u"restart"_s, id});
        QCOMPARE(restarted.exitCode, 0);
        QCOMPARE(restarted.json().value("status"_L1).toString(), u"RESTARTING"_s);

        // subscribe: no card on file, so a checkout page
        CtlResult subscribed = ctl({u"--json"_s, u"instances"_s, u"subscribe"_s, id});
        QCOMPARE(subscribed.exitCode, 0);
        QCOMPARE(subscribed.json().value("mode"_L1).toString(), u"checkout"_s);
        const QUrl checkout(subscribed.json().value("url"_L1).toString());
        QVERIFY(checkout.isValid());
        QCOMPARE(checkout.host(), QUrl(m_baseUrl).host());

        // pay: the page's own Pay form, as a browser would submit it
        const QByteArray page = httpGet(checkout);
        static const QRegularExpression payForm(u"<form[^>]*action=\"([^\"]*/pay)\""_s);
        const QRegularExpressionMatch form = payForm.match(QString::fromUtf8(page));
        QVERIFY2(form.hasMatch(), page.left(400).constData());
        const QByteArray payStatus = httpPost(checkout.resolved(QUrl(form.captured(1))));
        QVERIFY2(payStatus == "200" || payStatus == "303" || payStatus == "302",
                 payStatus.constData());
        QCOMPARE(ctl({u"--json"_s, u"instances"_s, u"get"_s, id}).json().value("billing_status"_L1),
                 QJsonValue(u"ACTIVE"_s));

        // cancel: refused without --yes, then scheduled for the period end
        QCOMPARE(ctl({u"instances"_s, u"cancel"_s, id}).exitCode, 2);
        CtlResult cancelled = ctl({u"--json"_s, u"instances"_s, u"cancel"_s, id, u"--yes"_s});
        QCOMPARE(cancelled.exitCode, 0);
        QVERIFY(!cancelled.json().value("message"_L1).toString().isEmpty());
        const QJsonObject afterCancel = ctl({u"--json"_s, u"instances"_s, u"get"_s, id}).json();
        QCOMPARE(afterCancel.value("billing_status"_L1).toString(), u"ACTIVE"_s);
        QVERIFY(!afterCancel.value("cancel_at"_L1).toString().isEmpty());

        // resume clears the pending cancel
        CtlResult resumed = ctl({u"--json"_s, u"instances"_s, u"resume"_s, id});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(resumed.json().value("status"_L1).toString(), u"ok"_s);
        const QJsonObject afterResume = ctl({u"--json"_s, u"instances"_s, u"get"_s, id}).json();
        QVERIFY(afterResume.value("cancel_at"_L1).toString().isEmpty());

        // delete, then it is gone
        QCOMPARE(ctl({u"instances"_s, u"delete"_s, id}).exitCode, 2);
        CtlResult deleted = ctl({u"instances"_s, u"delete"_s, id, u"--yes"_s});
        QCOMPARE(deleted.exitCode, 0);
        CtlResult gone = ctl({u"instances"_s, u"get"_s, id});
        QCOMPARE(gone.exitCode, 4);
        QVERIFY(gone.err.contains("404"));
    }

    void sessionCommandsAgainstTheSandbox()
    {
        CtlResult created =
            ctl({u"--json"_s, u"instances"_s, u"create"_s, u"--name"_s, u"E2E session"_s});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.json().value("id"_L1).toString();

        CtlResult status = ctl({u"--json"_s, u"session"_s, u"status"_s, id});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value("connected"_L1), QJsonValue(false));

        const QString png = m_dir.filePath(u"qr.png"_s);
        CtlResult qr = ctl({u"session"_s, u"qr"_s, id, u"--out"_s, png});
        QCOMPARE(qr.exitCode, 0);
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8).startsWith("\x89PNG"));

        CtlResult code = ctl({u"--json"_s, u"session"_s, u"paircode"_s, id, u"5511912345678"_s});
        QCOMPARE(code.exitCode, 0);
        QVERIFY(QRegularExpression(u"^[A-Z0-9]{4}-[A-Z0-9]{4}$"_s)
                    .match(code.json().value("linking_code"_L1).toString())
                    .hasMatch());

        CtlResult disconnected = ctl({u"session"_s, u"disconnect"_s, id});
        QCOMPARE(disconnected.exitCode, 0);

        // Nothing secret on any output of the run.
        for (const CtlResult &result : {created, status, qr, code, disconnected})
            QVERIFY(!(result.out + result.err).contains(m_clientSecret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
