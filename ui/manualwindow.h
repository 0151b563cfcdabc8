#pragma once

#include <QWidget>

class QTextBrowser;

// Help → Manual (F1): the operator's manual, shipped as a Qt resource (resources/manual/manual.md) so it
// reads offline, in a plain text browser. One window per main window, a child of it, raised when asked for
// again; remembers its size where that size fits the screen it opens on (ScreenFit). GUI thread only.
class ManualWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ManualWindow(QWidget *parent = nullptr);

    // Shows the window (created on first use) of parent, raised and active. Returns it.
    static ManualWindow *showFor(QWidget *parent);

    QTextBrowser *browser() const { return m_browser; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QTextBrowser *m_browser;
};
