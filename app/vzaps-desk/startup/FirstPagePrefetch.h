#pragma once

#include "core/api/InstancesApi.h"
#include "core/settings/AppSettings.h"
#include "core/types/AccessToken.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace vzaps::desk {

// Fetches the first page of instances on a thread of its own while the GUI thread builds
// the window. The access token, the list request and the decoding of its JSON all run
// there, on a client set up like the app's, so none of it waits for the GUI thread (and
// none of it holds the GUI thread up). finished() brings the result back.
class FirstPagePrefetch : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QUrl baseUrl;
        QString clientToken;
        QString clientSecret;
        Preferences preferences; // timeout and proxy (one that needs no password)
        ListQuery query;
    };

    // Starts at once.
    explicit FirstPagePrefetch(Request request, QObject *parent = nullptr);
    // Cancels what is still under way and waits for the thread to end. (Once finished()
    // has come, the thread is ending or has ended on its own.)
    ~FirstPagePrefetch() override;

Q_SIGNALS:
    // On this object's thread, once. `token` is the access token the worker used (empty
    // after an error), for the app's own client to adopt.
    void finished(const vzaps::Result<vzaps::InstancePage> &page, const vzaps::AccessToken &token);

private:
    QThread m_thread;
    QObject *m_worker; // lives on m_thread with the worker's client; deleted there
};

} // namespace vzaps::desk
