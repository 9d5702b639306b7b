#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace vzaps {

// The instances a support person pinned to be watched live, beside the one the detail panel
// shows (docs/architecture.md, live updates): at most kMaximum, in the order they were pinned,
// kept in QSettings per account. The account's settings key is a hash of the server's host
// and the client token (its public id), so the sandbox on another port finds its list again
// and no secret reaches the settings file.
class WatchList : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaximum = 50;

    explicit WatchList(QObject *parent = nullptr);

    // Loads the list of that account (empty: none); emits changed() when it differs.
    void setAccount(const QUrl &baseUrl, const QString &clientToken);

    QStringList ids() const { return m_ids; }
    bool contains(const QString &id) const { return m_ids.contains(id); }
    int size() const { return int(m_ids.size()); }
    bool isFull() const { return m_ids.size() >= kMaximum; }

    // False when the list is full (or there is no account); true when `id` is watched after.
    bool pin(const QString &id);
    void unpin(const QString &id);

    // The QSettings key of an account's list (for tests).
    static QString settingsKey(const QUrl &baseUrl, const QString &clientToken);

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QString m_key;
    QStringList m_ids;
};

} // namespace vzaps
