#include "core/presentation/SavedViews.h"

#include "core/presentation/AccountKey.h"
#include "core/presentation/InstanceTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

bool isColumnName(const QString &name)
{
    const QMetaEnum columns = QMetaEnum::fromType<InstanceTableModel::Column>();
    bool ok = false;
    const int value = columns.keyToValue(name.toLatin1().constData(), &ok);
    return ok && value >= 0 && value < InstanceTableModel::ColumnCount;
}

QJsonObject toJson(const SavedView &saved)
{
    const InstanceListController::View &view = saved.view;
    QJsonObject object{
        {u"name"_s, saved.name},
        {u"search"_s, view.search},
        {u"search_all_fields"_s, view.searchAllFields},
        {u"sort"_s, view.sort},
        {u"descending"_s, view.sortDescending},
        {u"connected"_s, view.filter.connected ? QJsonValue(*view.filter.connected) : QJsonValue()},
        {u"billing"_s, QJsonArray::fromStringList(
                           QStringList(view.filter.billing.cbegin(), view.filter.billing.cend()))},
        {u"cancels_soon"_s, view.filter.cancelsSoon},
        {u"any_state"_s, view.filter.anyState},
        {u"watched_only"_s, saved.watchedOnly},
    };
    if (saved.hasColumns)
        object.insert(u"hidden_columns"_s, QJsonArray::fromStringList(saved.hiddenColumns));
    return object;
}

std::optional<SavedView> fromJson(const QJsonObject &object)
{
    SavedView saved;
    saved.name = object.value(u"name"_s).toString().trimmed();
    if (saved.name.isEmpty() || saved.name.size() > SavedViews::kMaxNameLength)
        return std::nullopt;
    InstanceListController::View &view = saved.view;
    view.search = object.value(u"search"_s).toString().left(200);
    view.searchAllFields = object.value(u"search_all_fields"_s).toBool();
    const QString sort = object.value(u"sort"_s).toString();
    if (sort.isEmpty() || InstanceTableModel::columnOfSortField(sort) >= 0) {
        view.sort = sort;
        view.sortDescending = object.value(u"descending"_s).toBool();
    }
    const QJsonValue connected = object.value(u"connected"_s);
    if (connected.isBool())
        view.filter.connected = connected.toBool();
    for (const QJsonValue &status : object.value(u"billing"_s).toArray()) {
        const QString upper = status.toString().toUpper();
        if (StatusFilter::billingStatuses().contains(upper))
            view.filter.billing.insert(upper);
    }
    view.filter.cancelsSoon = object.value(u"cancels_soon"_s).toBool();
    view.filter.anyState = object.value(u"any_state"_s).toBool();
    saved.watchedOnly = object.value(u"watched_only"_s).toBool();
    if (object.value(u"hidden_columns"_s).isArray()) {
        saved.hasColumns = true;
        for (const QJsonValue &column : object.value(u"hidden_columns"_s).toArray()) {
            const QString name = column.toString();
            if (isColumnName(name) && !saved.hiddenColumns.contains(name))
                saved.hiddenColumns.append(name);
        }
    }
    return saved;
}

} // namespace

QString SavedView::title() const
{
    switch (kind) {
    case Kind::AllInstances:
        return SavedViews::tr("All instances");
    case Kind::NeedsAttention:
        return SavedViews::tr("Needs attention");
    case Kind::Watched:
        return SavedViews::tr("Watched");
    case Kind::CancelsSoon:
        return SavedViews::tr("Cancels soon");
    case Kind::Own:
        break;
    }
    return name;
}

InstanceListController::View SavedView::viewWith(const QStringList &watchedIds) const
{
    InstanceListController::View shown = view;
    if (watchedOnly)
        shown.filter.ids = QSet<QString>(watchedIds.cbegin(), watchedIds.cend());
    return shown;
}

SavedViews::SavedViews(QObject *parent)
    : QObject(parent)
{}

QString SavedViews::settingsKey(const QUrl &baseUrl, const QString &clientToken)
{
    const QString account = accountKey(baseUrl, clientToken);
    return account.isEmpty() ? QString() : u"SavedViews/"_s + account;
}

void SavedViews::setAccount(const QUrl &baseUrl, const QString &clientToken)
{
    m_key = settingsKey(baseUrl, clientToken);
    m_own.clear();
    if (!m_key.isEmpty()) {
        const QJsonArray stored =
            QJsonDocument::fromJson(QSettings().value(m_key).toByteArray()).array();
        for (const QJsonValue &value : stored) {
            const std::optional<SavedView> view = fromJson(value.toObject());
            // Names are checked when saved: one that is a built-in's title in the language
            // now shown is kept all the same.
            if (view && !hasOwnView(view->name) && m_own.size() < kMaximum)
                m_own.append(*view);
        }
    }
    Q_EMIT changed();
}

QList<SavedView> SavedViews::builtIns()
{
    SavedView all;
    all.kind = SavedView::Kind::AllInstances;
    SavedView attention;
    attention.kind = SavedView::Kind::NeedsAttention;
    attention.view.filter.connected = false;
    attention.view.filter.billing = {u"PAST_DUE"_s, u"UNPAID"_s};
    attention.view.filter.anyState = true;
    SavedView watched;
    watched.kind = SavedView::Kind::Watched;
    watched.watchedOnly = true;
    SavedView cancels;
    cancels.kind = SavedView::Kind::CancelsSoon;
    cancels.view.filter.cancelsSoon = true;
    return {all, attention, watched, cancels};
}

QList<SavedView> SavedViews::views() const
{
    return builtIns() + m_own;
}

QString SavedViews::problemWithName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the view a name.");
    if (trimmed.size() > kMaxNameLength)
        return tr("The name can have at most %n characters.", nullptr, kMaxNameLength);
    for (const SavedView &builtIn : builtIns()) {
        if (builtIn.title().compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("“%1” is a built-in view; choose another name.").arg(builtIn.title());
    }
    return {};
}

bool SavedViews::hasOwnView(const QString &name) const
{
    for (const SavedView &view : m_own) {
        if (view.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool SavedViews::save(SavedView view)
{
    view.kind = SavedView::Kind::Own;
    view.name = view.name.trimmed();
    view.view.filter.ids.reset(); // the watch list's, when shown
    view.view.filter.text = {};   // the search text is view.search
    if (m_key.isEmpty() || !problemWithName(view.name).isEmpty())
        return false;
    for (SavedView &own : m_own) {
        if (own.name.compare(view.name, Qt::CaseInsensitive) == 0) {
            own = view;
            store();
            Q_EMIT changed();
            return true;
        }
    }
    if (m_own.size() >= kMaximum)
        return false;
    m_own.append(view);
    store();
    Q_EMIT changed();
    return true;
}

void SavedViews::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_own.size(); ++i) {
        if (m_own[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            m_own.removeAt(i);
            store();
            Q_EMIT changed();
            return;
        }
    }
}

void SavedViews::store() const
{
    if (m_key.isEmpty())
        return;
    QSettings settings;
    if (m_own.isEmpty())
        return settings.remove(m_key);
    QJsonArray array;
    for (const SavedView &view : m_own)
        array.append(toJson(view));
    settings.setValue(m_key, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace vzaps
