#include "core/presentation/ViewReader.h"

#include "core/presentation/AccountScan.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/StatusScan.h"

#include <QTimer>

namespace vzaps {

ViewReader::ViewReader(InstanceListController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_statusScan(&controller.statusScan())
{}

// What it listens to goes with it; its own reading is its child.
ViewReader::~ViewReader() = default;

void ViewReader::start()
{
    m_done = false;
    // Queued: whoever started it has connected to its signals by then.
    QTimer::singleShot(0, this, [this] {
        if (m_controller.filtersByStatus())
            followStatusScan();
        else
            readPages();
    });
}

void ViewReader::cancel()
{
    m_done = true;
    if (m_statusScan)
        m_statusScan->disconnect(this);
    if (m_pages) {
        m_pages->cancel();
        m_pages->deleteLater();
    }
}

void ViewReader::followStatusScan()
{
    if (m_done)
        return;
    StatusScan &scan = m_controller.statusScan();
    if (!scan.isComplete() && !scan.isScanning())
        m_controller.refresh(); // cut short or failed before: read it to the end now
    const ListQuery reading = scan.readQuery();
    const auto check = [this, &scan, reading] {
        m_read = scan.scanned();
        m_total = scan.total();
        const bool otherReading = scan.readQuery() != reading || !m_controller.filtersByStatus();
        if (scan.isComplete() && !otherReading) {
            scan.disconnect(this);
            return finishWith(scan.matchingIds());
        }
        if (scan.hasFailed() || otherReading || !scan.isScanning()) {
            scan.disconnect(this);
            m_done = true;
            return Q_EMIT failed(
                scan.hasFailed() && !otherReading
                    ? scan.lastError()
                    : ApiError::invalidInput(tr("export the view"),
                                             tr("The view changed or its reading was stopped "
                                                "before it ended.")));
        }
        Q_EMIT progressed(m_read, m_total);
    };
    connect(&scan, &StatusScan::progressChanged, this, check);
    connect(&scan, &StatusScan::matchesChanged, this, check);
    connect(&scan, &StatusScan::waitingForRateLimit, this, &ViewReader::waitingForRateLimit);
    check();
}

void ViewReader::readPages()
{
    if (m_done)
        return;
    InstanceStore &store = m_controller.store();
    const InstanceStore::Ticket ticket = store.nextTicket();
    m_pages = new AccountScan(m_controller.client(), m_controller.query(), this);
    connect(m_pages, &AccountScan::instancesArrived, this,
            [this, &store, ticket](const QList<Instance> &instances) {
                // A reply to a request sent when the reading started: what the store learned
                // since wins.
                store.mergeAll(instances, ticket);
                for (const Instance &instance : instances)
                    m_ids.append(instance.id);
            });
    connect(m_pages, &AccountScan::progressed, this, [this](qint64 read, qint64 total) {
        m_read = read;
        m_total = total;
        Q_EMIT progressed(read, total);
    });
    connect(m_pages, &AccountScan::waitingForRateLimit, this, &ViewReader::waitingForRateLimit);
    connect(m_pages, &AccountScan::finished, this, [this] { finishWith(m_ids); });
    connect(m_pages, &AccountScan::failed, this, [this](const ApiError &error) {
        m_done = true;
        Q_EMIT failed(error);
    });
    m_pages->start();
}

void ViewReader::finishWith(const QStringList &ids)
{
    m_done = true;
    QList<Instance> instances;
    instances.reserve(ids.size());
    const InstanceStore &store = m_controller.store();
    for (const QString &id : ids) {
        // One deleted since it was read is not written.
        if (const Instance *instance = store.find(id))
            instances.append(*instance);
    }
    Q_EMIT finished(instances);
}

} // namespace vzaps
