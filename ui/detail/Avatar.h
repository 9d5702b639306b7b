#pragma once

#include <QPixmap>
#include <QWidget>

namespace vzaps::ui {

// A round profile picture; without one, the initials of a name on a colour derived from it.
class Avatar : public QWidget
{
    Q_OBJECT
public:
    explicit Avatar(int diameter = 64, QWidget *parent = nullptr);

    // The name gives the initials and the accessible name.
    void setName(const QString &name);
    void setPicture(const QPixmap &picture); // a null pixmap shows the initials
    bool hasPicture() const { return !m_picture.isNull(); }
    QString initials() const { return m_initials; }

    static QString initialsOf(const QString &name);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleName();

    int m_diameter;
    QString m_name;
    QString m_initials;
    QPixmap m_picture;
};

} // namespace vzaps::ui
