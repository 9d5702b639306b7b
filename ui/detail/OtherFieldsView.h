#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QFormLayout;

namespace vzaps::ui {

// Members of the instance object this version does not know ("Other"), key: value, with
// objects and arrays as compact JSON. Hidden when there are none.
class OtherFieldsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxShown = 300; // characters; the tooltip has more
    static constexpr qsizetype kMaxFields = 40;
    static constexpr qsizetype kMaxCaptionChars = 60;

    explicit OtherFieldsView(QWidget *parent = nullptr);

    void setFields(const QJsonObject &raw, const QStringList &names);
    static QString valueText(const QJsonValue &value);

private:
    QFormLayout *m_form;
};

} // namespace vzaps::ui
