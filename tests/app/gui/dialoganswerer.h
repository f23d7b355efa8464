#pragma once

// Answers the dialogs the window opens, as a user would, so that the GUI tests
// drive the real dialogs without blocking: a file dialog chooses the file
// given, a message box is read (title and text recorded) and closed.

#include <QApplication>
#include <QFileDialog>
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

    // The file the next file dialogs choose; empty cancels them.
    void chooseFile(const QString &path) { m_file = path; }
    const QList<Message> &messages() const { return m_messages; }
    int fileDialogsAnswered() const { return m_fileDialogs; }

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
            if (auto *dialog = qobject_cast<QFileDialog *>(widget)) {
                ++m_fileDialogs;
                if (m_file.isEmpty()) {
                    dialog->reject();
                } else {
                    dialog->selectFile(m_file);
                    static_cast<QDialog *>(dialog)->accept();  // QFileDialog::accept checks the file
                }
                return;
            }
        }
    }

    QTimer m_timer;
    QString m_file;
    QList<Message> m_messages;
    int m_fileDialogs = 0;
};

} // namespace Guanxi::Test
