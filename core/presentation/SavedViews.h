#pragma once

#include "core/presentation/InstanceListController.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace vzaps {

// A way of looking at the instances that a support person comes back to: a name, the search
// (and whether it reads all fields), the sort, the status filter, whether only the watched
// instances show, and which of the table's columns are hidden.
struct SavedView {
    enum class Kind {
        AllInstances,   // built in: no filter, pages
        NeedsAttention, // built in: disconnected or past due or unpaid
        Watched,        // built in: the watch list
        CancelsSoon,    // built in: a cancel_at within seven days
        Own,            // saved by the user
    };
    Kind kind = Kind::Own;
    QString name;                      // what the user called it; built-ins: empty (see title())
    InstanceListController::View view; // without ids: those are the watch list's when shown
    bool watchedOnly = false;
    bool hasColumns = false;   // own views keep the columns; built-ins leave them as they are
    QStringList hiddenColumns; // InstanceTableModel::Column names ("PhoneColumn")

    bool isBuiltIn() const { return kind != Kind::Own; }
    // What the view selector shows: the built-ins' names translated, the user's as given.
    QString title() const;
    // The view as the controller shows it, with the watched ids filled in.
    InstanceListController::View viewWith(const QStringList &watchedIds) const;
};

// The views of one account: the built-ins first, then the user's, in the order saved, kept
// in QSettings per account (the same account key as the watch list, so no secret reaches
// the file). At most kMaximum of the user's; anything malformed in the file is dropped.
class SavedViews : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaximum = 40;
    static constexpr int kMaxNameLength = 60;

    explicit SavedViews(QObject *parent = nullptr);

    // Loads the views of that account; emits changed().
    void setAccount(const QUrl &baseUrl, const QString &clientToken);
    bool hasAccount() const { return !m_key.isEmpty(); }

    static QList<SavedView> builtIns();
    // The built-ins, then the user's.
    QList<SavedView> views() const;
    const QList<SavedView> &ownViews() const { return m_own; }

    // Why `name` cannot be used for a new view, or empty when it can (an own view of that
    // name is replaced).
    QString problemWithName(const QString &name) const;
    bool hasOwnView(const QString &name) const;
    // Saves (or replaces, same name in any case) an own view; false when it cannot
    // (problemWithName(), the list is full, or there is no account).
    bool save(SavedView view);
    void remove(const QString &name);

    static QString settingsKey(const QUrl &baseUrl, const QString &clientToken);

Q_SIGNALS:
    void changed();

private:
    void store() const;

    QString m_key;
    QList<SavedView> m_own;
};

} // namespace vzaps
