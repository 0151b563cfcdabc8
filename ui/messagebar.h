#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QToolButton;

// An inline message in the manner of KDE's KMessageWidget: a tinted, rounded band with an icon, a sentence
// that wraps (never cut with "…"), the buttons that act on it and, optionally, a close button.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Positive, Information, Warning, Error };

    explicit MessageBar(Type type, const QString &text, QWidget *parent = nullptr);

    Type type() const { return m_type; }
    QString text() const;
    // A button at the end of the band; returns it so a caller can name it (objectName) for tests.
    QToolButton *addButton(const QString &text, const std::function<void()> &onClick);
    void setCloseButtonVisible(bool visible);
    static QColor colour(Type type);

Q_SIGNALS:
    void closeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Type m_type;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_close = nullptr;
};
