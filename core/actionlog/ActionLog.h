#pragma once

#include "core/actionlog/ActionLogStore.h"
#include "core/actions/ActionRecord.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace vzaps {

// The action log: every action a user took, kept in an SQLite file in the
// app's data folder and in memory for the Log panel.
//
// The file is a convenience, never a condition: when it is damaged, locked by another
// program or cannot be created, the log says so in a sentence (problem(), errorString()),
// keeps this run's records in memory so the panel still shows them, and never deletes or
// overwrites the file. Records that could not be saved are retried with the next append
// and once more on destruction, so a lock that goes away loses nothing.
class ActionLog : public QObject
{
    Q_OBJECT
public:
    // How many saved records are read back when the log opens: the panel shows this
    // run's records plus at most this many older ones.
    static constexpr int kHistoryLimit = 10000;

    // The log at defaultPath().
    explicit ActionLog(QObject *parent = nullptr);
    explicit ActionLog(const QString &path, QObject *parent = nullptr);
    ~ActionLog() override;

    // <AppDataLocation>/actions.sqlite, e.g. ~/.local/share/VZaps Desk/vzaps-desk/actions.sqlite.
    static QString defaultPath();
    QString path() const;

    // True while records reach the file: it is open and nothing is waiting to be saved.
    bool isAvailable() const;
    // The current problem as a sentence (what failed, why, what happens now); empty
    // when all is well.
    QString errorString() const { return m_problem; }

    // Newest first: this run's records, then the saved ones. `filter` as recordMatches();
    // a negative `limit` means all.
    QList<ActionRecord> records(const QString &filter = {}, int limit = -1) const;

public Q_SLOTS:
    // Keeps `record` (newest first) and saves it, with any earlier record still unsaved.
    void append(const vzaps::ActionRecord &record);

Q_SIGNALS:
    void appended(const vzaps::ActionRecord &record);
    // Saved records arrived late (the file was locked when the log opened): records()
    // changed as a whole.
    void reloaded();
    // Something went wrong with the file; `sentence` is also errorString().
    void problem(const QString &sentence);
    // The last problem is over: everything is saved again.
    void problemCleared();

private:
    void sync();
    ActionLogStore::Status loadHistory();
    void setProblem(const QString &sentence);

    std::unique_ptr<ActionLogStore> m_store;
    QList<ActionRecord> m_records; // newest first: this run's, then the saved ones
    QList<ActionRecord> m_unsaved; // oldest first, waiting for the file
    bool m_historyLoaded = false;
    bool m_unusable = false; // the file could not be opened or read: leave it alone
    QString m_problem;
};

} // namespace vzaps
