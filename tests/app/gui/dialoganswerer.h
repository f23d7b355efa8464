#pragma once

// Answers the message boxes the window opens, as a user would, so that the
// GUI tests drive the real dialogs without blocking: each box is read (title
// and text recorded) and closed. File dialogs are not answered: a widget
// QFileDialog answered from a timer hung about one run in three, so tests call
// the window's entry points (MainWindow::openDatabaseFromUser) instead.

#include <QApplication>
#include <QList>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

namespace Guanxi::Test {

class DialogAnswerer
{
public:
    struct Message
    {
        QString title;
        QString text;
    };

    DialogAnswerer()
    {
        // A modal dialog runs its own event loop: the timer fires inside it.
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { answer(); });
        m_timer.start();
    }

    const QList<Message> &messages() const { return m_messages; }

    bool waitForMessages(int count, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return m_messages.size() >= count; }, timeoutMs);
    }

private:
    void answer()
    {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            if (!widget->isVisible())
                continue;
            if (auto *box = qobject_cast<QMessageBox *>(widget)) {
                m_messages.append({box->windowTitle(), box->text()});
                box->done(QMessageBox::Ok);
                return;  // one a tick: closing this one may open the next
            }
        }
    }

    QTimer m_timer;
    QList<Message> m_messages;
};

} // namespace Guanxi::Test
