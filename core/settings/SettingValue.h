#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace vzaps {

// One typed preference in QSettings (after qBittorrent's settingvalue.h). Only
// non-secret values belong here (docs/architecture.md §5): never a token or a secret.
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

} // namespace vzaps
