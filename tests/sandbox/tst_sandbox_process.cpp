// The vzaps-sandbox executable: first stdout line, options, persistence across stop/start and
// kill -9, refusing foreign state files, clean shutdown on SIGTERM/SIGINT.
#include "tests/sandbox/SandboxProcess.h"
#include "tests/sandbox/SandboxTestClient.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>

using namespace Qt::StringLiterals;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QNetworkAccessManager network;

    QString statePath(const QString &name) { return dir.filePath(name); }

    // One request against a process, with a fresh token.
    HttpResult request(SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                       const QJsonObject &body)
    {
        const auto send = [&](const QString &p, const QByteArray &m, const QByteArray &payload,
                              const Headers &headers) {
            QNetworkRequest r(QUrl(sandbox.url().toString() + p));
            r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            for (const auto &h : headers)
                r.setRawHeader(h.first, h.second);
            return SandboxTestClient::collect(network.sendCustomRequest(r, m, payload));
        };
        const QJsonObject credentials{{u"client_token"_s, sandbox.clientToken()},
                                      {u"client_secret"_s, sandbox.clientSecret()}};
        const QString token = send(u"/token"_s, "POST", QJsonDocument(credentials).toJson(), {})
                                  .json.value(u"access_token"_s)
                                  .toString();
        return send(path, method, QJsonDocument(body).toJson(),
                    {{"Authorization", "Bearer " + token.toLatin1()},
                     {"X-Client-Token", sandbox.clientToken().toLatin1()}});
    }
    int total(SandboxProcess &sandbox)
    {
        return request(sandbox, "POST", u"/instances/list"_s, {}).json.value(u"total"_s).toInt(-1);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void firstLineIsParseable()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--state"_s, statePath(u"first.db"_s), u"--client-token"_s,
                               u"tok-1"_s, u"--client-secret"_s, u"sec-1"_s, u"--port"_s, u"0"_s}));
        QVERIFY2(QRegularExpression(u"^VZAPS_SANDBOX url=http://127\\.0\\.0\\.1:\\d+ "
                                    "client_token=tok-1 client_secret=sec-1$"_s)
                     .match(sandbox.firstLine())
                     .hasMatch(),
                 qPrintable(sandbox.firstLine()));
        QCOMPARE(total(sandbox), 24);
        QCOMPARE(sandbox.terminate(), 0);
        // The request log names method, path, status; never the secret or a token.
        const QByteArray log = sandbox.standardError();
        QVERIFY2(log.contains("POST /instances/list 200"), log.constData());
        QVERIFY(!log.contains("sec-1"));
        QVERIFY(!log.contains("Bearer"));
        QVERIFY(!log.contains("eyJ"));
    }

    void stateSurvivesStopAndStart()
    {
        const QString path = statePath(u"restart.db"_s);
        QString id;
        QString token;
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start({u"--state"_s, path}));
            token = sandbox.clientToken();
            id = request(sandbox, "PUT", u"/instances/create"_s, {{u"name"_s, u"Survivor"_s}})
                     .json.value(u"id"_s)
                     .toString();
            QVERIFY(!id.isEmpty());
            QCOMPARE(sandbox.terminate(), 0);
        }
        SandboxProcess again;
        QVERIFY(again.start({u"--state"_s, path}));
        QCOMPARE(again.clientToken(), token); // generated credentials are kept in the state
        const HttpResult found = request(again, "POST", u"/instances/get"_s, {{u"id"_s, id}});
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json.value(u"name"_s).toString(), u"Survivor"_s);
        QCOMPARE(total(again), 25);
        QCOMPARE(again.terminate(), 0);
    }

    void acknowledgedCreateSurvivesKillMinus9()
    {
        const QString path = statePath(u"killed.db"_s);
        QString id;
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start({u"--state"_s, path}));
            id = request(sandbox, "PUT", u"/instances/create"_s, {{u"name"_s, u"Acked"_s}})
                     .json.value(u"id"_s)
                     .toString();
            QVERIFY(!id.isEmpty());
            sandbox.kill(); // at once, no shutdown
            QCOMPARE(sandbox.process().exitStatus(), QProcess::CrashExit);
        }
        SandboxProcess again;
        QVERIFY(again.start({u"--state"_s, path}));
        QCOMPARE(request(again, "POST", u"/instances/get"_s, {{u"id"_s, id}}).status, 200);
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = statePath(u"notes.txt"_s);
        QByteArray content;
        for (int i = 0; i < 200; ++i)
            content += "Precious notes, line " + QByteArray::number(i) + "\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        SandboxProcess sandbox;
        QVERIFY(!sandbox.start({u"--state"_s, path}));
        QVERIFY(sandbox.waitForExit());
        QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process().exitCode(), 1);
        QVERIFY2(sandbox.standardError().contains("not a SQLite database"),
                 sandbox.standardError().constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-journal"_s));

        SandboxProcess withReset; // --reset does not make it acceptable either
        QVERIFY(!withReset.start({u"--state"_s, path, u"--reset"_s}));
        QVERIFY(withReset.waitForExit());
        QCOMPARE(withReset.process().exitCode(), 1);
    }

    void aStateFileOfAnOlderSandboxIsSearchedWithoutAccents()
    {
        const QString path = statePath(u"older.db"_s);
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start({u"--state"_s, path}));
            QCOMPARE(sandbox.terminate(), 0);
        }
        // As the first schema wrote them: keys with their accents.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE instances SET name_key = name, search_key = name"_s));
            QVERIFY(query.exec(u"UPDATE meta SET value = '1' WHERE key = 'schema_version'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);

        SandboxProcess again;
        QVERIFY(again.start({u"--state"_s, path}));
        const HttpResult found = request(again, "POST", u"/instances/list"_s,
                                         {{u"filter"_s, QJsonObject{{u"query"_s, u"otica"_s}}}});
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json.value(u"total"_s).toInt(), 1);
        QCOMPARE(found.json.value(u"content"_s)[0].toObject().value(u"name"_s).toString(),
                 u"Ótica Visão Clara"_s);
        QCOMPARE(total(again), 24); // every instance kept
        QCOMPARE(again.terminate(), 0);
    }

    void refusesSomeoneElsesSqliteDatabase()
    {
        const QString path = statePath(u"other-app.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE contacts (name TEXT)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        SandboxProcess sandbox;
        QVERIFY(!sandbox.start({u"--state"_s, path, u"--reset"_s}));
        QVERIFY(sandbox.waitForExit());
        QCOMPARE(sandbox.process().exitCode(), 1);
        QVERIFY(sandbox.standardError().contains("did not create"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void resetAndSeed()
    {
        const QString path = statePath(u"reset.db"_s);
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start({u"--state"_s, path, u"--seed"_s, u"100"_s}));
            QCOMPARE(total(sandbox), 124);
            QCOMPARE(sandbox.terminate(), 0);
        }
        SandboxProcess fresh;
        QVERIFY(fresh.start({u"--state"_s, path, u"--reset"_s}));
        QCOMPARE(total(fresh), 24);
        QCOMPARE(fresh.terminate(), 0);
    }

    void cardOnFileFlagMakesSubscribeDirect()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--state"_s, statePath(u"card.db"_s), u"--card-on-file"_s}));
        const QString id = request(sandbox, "PUT", u"/instances/create"_s, {{u"name"_s, u"Card"_s}})
                               .json.value(u"id"_s)
                               .toString();
        const HttpResult session =
            request(sandbox, "POST", u"/instances/"_s + id + u"/subscribe"_s, {});
        QCOMPARE(session.json.value(u"mode"_s).toString(), u"direct"_s);
    }

    void sigintShutsDownCleanly()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--state"_s, statePath(u"sigint.db"_s)}));
        ::kill(pid_t(sandbox.process().processId()), SIGINT);
        QVERIFY(sandbox.waitForExit());
        QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process().exitCode(), 0);
    }

    void badArgumentsExitWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("remote bind")
            << QStringList{u"--bind"_s, u"0.0.0.0"_s} << "--allow-remote"_ba;
        QTest::newRow("bad bind") << QStringList{u"--bind"_s, u"nowhere"_s} << "not an IP"_ba;
        QTest::newRow("bad port") << QStringList{u"--port"_s, u"http"_s} << "--port"_ba;
        QTest::newRow("port range") << QStringList{u"--port"_s, u"70000"_s} << "--port"_ba;
        QTest::newRow("seed range") << QStringList{u"--seed"_s, u"100001"_s} << "--seed"_ba;
        QTest::newRow("ttl zero") << QStringList{u"--token-ttl"_s, u"0"_s} << "--token-ttl"_ba;
        QTest::newRow("unknown") << QStringList{u"--frobnicate"_s} << "frobnicate"_ba;
        QTest::newRow("stray") << QStringList{u"extra"_s} << "extra"_ba;
    }
    void badArgumentsExitWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        SandboxProcess sandbox;
        QVERIFY(!sandbox.start(arguments + QStringList{u"--state"_s, statePath(u"args.db"_s)}));
        QVERIFY(sandbox.waitForExit());
        QCOMPARE(sandbox.process().exitCode(), 2);
        QVERIFY2(sandbox.standardError().contains(message), sandbox.standardError().constData());
        QVERIFY(!QFile::exists(statePath(u"args.db"_s)));
    }

    void portInUseIsAClearError()
    {
        SandboxProcess first;
        QVERIFY(first.start({u"--state"_s, statePath(u"port1.db"_s)}));
        SandboxProcess second;
        QVERIFY(!second.start({u"--state"_s, statePath(u"port2.db"_s), u"--port"_s,
                               QString::number(first.url().port())}));
        QVERIFY(second.waitForExit());
        QCOMPARE(second.process().exitCode(), 1);
        QVERIFY(second.standardError().contains("cannot listen"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
