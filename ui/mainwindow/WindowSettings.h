#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace vzaps::ui {

// One typed preference in QSettings (after qBittorrent's settingvalue.h). Only
// non-secret values belong here (DESIGN.md §5): never a token or a secret.
template<typename T>
class SettingValue
{
public:
    SettingValue(QSettings &settings, QString key, T defaultValue = T())
        : m_settings(settings)
        , m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    T get() const
    {
        const QVariant value = m_settings.value(m_key);
        if (!value.isValid() || !value.canConvert<T>())
            return m_default;
        return value.value<T>();
    }
    void set(const T &value) { m_settings.setValue(m_key, QVariant::fromValue(value)); }
    bool isSet() const { return m_settings.contains(m_key); }
    QString key() const { return m_key; }

private:
    QSettings &m_settings;
    QString m_key;
    T m_default;
};

// The main window's remembered layout and list preferences.
class WindowSettings
{
    QSettings m_settings; // first: the values below refer to it

public:
    WindowSettings();

    SettingValue<QByteArray> geometry;
    SettingValue<QByteArray> windowState; // toolbars
    SettingValue<QByteArray> splitterState;
    SettingValue<QByteArray> headerState; // column widths, order, visibility, sort indicator
    SettingValue<QString> sortField;      // the server's field name; empty: the server's default
    SettingValue<bool> sortDescending;
    SettingValue<int> pageSize;

    // Only 20, 50 and 100 are offered; anything else read back becomes the default.
    static int validPageSize(int size);
    static constexpr int kDefaultPageSize = 50;

    void sync() { m_settings.sync(); }
};

} // namespace vzaps::ui
