#pragma once

#include "tests/support/TestHttpServer.h"

#include <QJsonObject>

// A small scripted VZaps (docs/api-contract.md §2–§4) for the vzapsctl process tests: every route
// answers a realistic reply; tests override single routes with TestHttpServer::enqueue or
// their own handler.
namespace vzaps::test::fake {

inline const QString kJwt =
    QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjbGkifQ.SIGNATURE_cli_jwt_9f8e7d");
inline const QString kInstanceId = QStringLiteral("VZ3K9Q2M7X4B8N1P5R6T0W2Y4Z");
// The instance token the server hands out in instance objects.
inline const QString kServerInstanceToken = QStringLiteral("inst_SERVER_token_5c4b3a29d8e7");
// The instance token a user passes with --instance-token.
inline const QString kGivenInstanceToken = QStringLiteral("inst_GIVEN_token_0a1b2c3d4e5f");

QJsonObject tokenReply();
QJsonObject instance(const QString &id, const QString &name, int row = 0);
QJsonObject page(); // page 1 of 3, 45 instances, 3 rows, with a summary
QJsonObject envelope(const QJsonValue &data);

// Answers every route of the contract; anything else echoes the request as JSON.
CannedResponse respond(const RecordedRequest &request);

// The requests of `server` other than POST /token.
QList<RecordedRequest> apiRequests(const TestHttpServer &server);

} // namespace vzaps::test::fake
