#pragma once

#include "core/api/ApiClient.h"

#include <QElapsedTimer>
#include <QTimer>

class QNetworkReply;
class QNetworkRequest;

namespace vzaps {

// One call in flight: waits for a token, sends, retries reads (docs/api-contract.md §1.5),
// retries once after a 401 (§1.4), enforces the deadline and reports one Result.
// Owned by its ApiClient; deletes itself when done or cancelled.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    // Stops the call; its callback will not run.
    void cancel();
    bool isFinished() const { return m_finished; }
    QString operation() const { return m_request.operation; }

Q_SIGNALS:
    // The server asked to wait (429 with Retry-After): the call tries again by itself in
    // `seconds`. Not emitted for the short backoff after other failures.
    void waitingForRateLimit(int seconds);

private:
    friend class ApiClient;
    static constexpr int kMaxAttempts = 3;
    static constexpr qint64 kReadAheadBytes = 256 * 1024;

    ApiCall(ApiClient *client, ApiRequest request, QObject *context, Callback<RawReply> done);

    void start();
    void authenticateAndSend();
    void sendAttempt();
    void onReplyFinished();
    void takeBody(); // moves what has arrived into m_body
    // Aborts the reply with a TooLarge error once it is known to exceed kMaxReplyBytes.
    void checkReplySize(qint64 announcedOrReceived, bool announced);
    void onDeadline();
    bool retryLater(const ApiError &error, bool connectionReset);
    void finish(const Result<RawReply> &result);
    void finishWithError(ApiError error);
    void dropReply();
    QNetworkRequest buildNetworkRequest() const;
    QString remainingText() const;
    // The credentials in use, which nothing taken from a reply may show.
    QStringList secrets() const;
    // The error a reply with this status and body stands for, its body scrubbed of secrets.
    ApiError errorOf(const QNetworkReply &reply, int status, const QByteArray &body) const;

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    Callback<RawReply> m_done;

    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // of m_reply, as far as it has arrived
    QString m_usedToken;
    int m_attempt = 0;
    bool m_authRetried = false;
    bool m_finished = false;
};

} // namespace vzaps
