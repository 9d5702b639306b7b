#include "app/vzaps-desk/startup/FirstPagePrefetch.h"

#include "core/api/ApiClient.h"

using namespace Qt::StringLiterals;

namespace vzaps::desk {

FirstPagePrefetch::FirstPagePrefetch(Request request, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(u"vzaps-first-page"_s);
    m_worker->moveToThread(&m_thread);
    // The worker and its client go with the thread's end, on the thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, request = std::move(request)] {
        auto *client = new ApiClient(worker);
        client->setBaseUrl(request.baseUrl);
        client->setCredentials(request.clientToken, request.clientSecret);
        AppSettings::applyTo(*client, request.preferences, QString());
        InstancesApi(*client).list(
            request.query, worker, [this, client](const Result<InstancePage> &page) {
                const AccessToken token = page ? client->cachedToken() : AccessToken();
                // Back to this object's thread (this object outlives the thread: its
                // destructor waits for it).
                QMetaObject::invokeMethod(
                    this, [this, page, token] { Q_EMIT finished(page, token); },
                    Qt::QueuedConnection);
                // Its work done, the thread ends and takes its client down on its own, off
                // the GUI thread, which is about to paint the page.
                QThread::currentThread()->quit();
            });
    });
}

FirstPagePrefetch::~FirstPagePrefetch()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace vzaps::desk
