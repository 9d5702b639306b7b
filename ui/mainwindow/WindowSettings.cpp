#include "ui/mainwindow/WindowSettings.h"

using namespace Qt::StringLiterals;

namespace vzaps::ui {

WindowSettings::WindowSettings()
    : geometry(m_settings, u"MainWindow/geometry"_s)
    , windowState(m_settings, u"MainWindow/windowState"_s)
    , splitterState(m_settings, u"MainWindow/splitter"_s)
    , detailPanelShown(m_settings, u"MainWindow/detailPanelShown"_s, true)
    , headerState(m_settings, u"InstanceTable/header"_s)
    , sortField(m_settings, u"InstanceTable/sortField"_s)
    , sortDescending(m_settings, u"InstanceTable/sortDescending"_s, false)
    , pageSize(m_settings, u"InstanceTable/pageSize"_s, Preferences::kDefaultPageSize)
{}

} // namespace vzaps::ui
