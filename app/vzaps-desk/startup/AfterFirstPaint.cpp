#include "app/vzaps-desk/startup/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace vzaps::desk {

namespace {

class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *widget, std::function<bool()> ready, std::function<void()> then)
        : QObject(widget)
        , m_ready(std::move(ready))
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && (!m_ready || m_ready())) {
            m_done = true;
            watched->removeEventFilter(this);
            // After this paint is done and flushed.
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_then;
    bool m_done = false;
};

} // namespace

void afterFirstPaint(QWidget *widget, std::function<bool()> ready, std::function<void()> then)
{
    if (widget && then)
        new FirstPaintWatcher(widget, std::move(ready), std::move(then));
}

} // namespace vzaps::desk
