#pragma once

#include "core/settings/AppSettings.h"
#include "core/settings/SettingValue.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace vzaps::ui {

using vzaps::SettingValue;

// The main window's remembered layout and list preferences.
class WindowSettings
{
    QSettings m_settings; // first: the values below refer to it

public:
    WindowSettings();

    SettingValue<QByteArray> geometry;
    SettingValue<QByteArray> windowState; // toolbars
    SettingValue<QByteArray> splitterState;
    SettingValue<bool> detailPanelShown;  // View ▸ Detail panel
    SettingValue<QByteArray> headerState; // column widths, order, visibility, sort indicator
    SettingValue<QString> sortField;      // the server's field name; empty: the server's default
    SettingValue<bool> sortDescending;
    SettingValue<int> pageSize; // read through Preferences::validPageSize

    void sync() { m_settings.sync(); }
};

} // namespace vzaps::ui
