#pragma once

#include "core/types/ApiError.h"
#include "core/types/Instance.h"

#include <QObject>
#include <QPointer>

namespace vzaps {

class AccountScan;
class InstanceListController;
class StatusScan;

// Every instance the table's view holds, not only the page on screen, in the table's order:
// for an export. Under a status filter (or a search of all fields) those are the matches of
// a complete reading of the account: the one the table shows when it has ended, else the
// table's own reading, read to its end. Without one, every page of the search and sort,
// read as a status view reads them (AccountScan), merged into the account's store, so what
// is written is what the app knows.
class ViewReader : public QObject
{
    Q_OBJECT
public:
    explicit ViewReader(InstanceListController &controller, QObject *parent = nullptr);
    ~ViewReader() override;

    // finished() or failed() follows, never before start() returns.
    void start();
    // Stops; neither signal comes. The table's own reading goes on.
    void cancel();

    qint64 read() const { return m_read; }
    qint64 total() const { return m_total; } // -1 until known

Q_SIGNALS:
    void progressed(qint64 read, qint64 total);
    void waitingForRateLimit(int seconds);
    void finished(const QList<vzaps::Instance> &instances);
    void failed(const vzaps::ApiError &error);

private:
    void followStatusScan();
    void readPages();
    void finishWith(const QStringList &ids);

    InstanceListController &m_controller;
    QPointer<StatusScan> m_statusScan;
    QPointer<AccountScan> m_pages;
    QStringList m_ids;
    qint64 m_read = 0;
    qint64 m_total = -1;
    bool m_done = false;
};

} // namespace vzaps
