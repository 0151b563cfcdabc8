#pragma once

#include "cachelocation.h"
#include "cachesnapshot.h"

#include <QMainWindow>

class QLabel;

// The application's main window. For now a summary of the open cache, loaded off the GUI thread;
// the full views arrive with the main-window issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const CacheLocation &location, const QString &locationNote, QWidget *parent = nullptr);

    // Reads the cache again in a worker thread; the summary updates when it is done.
    void refresh();

private:
    void showSnapshot(const CacheSnapshot &snapshot);
    void showError(const QString &error);

    CacheLocation m_location;
    QString m_locationNote;
    QLabel *m_summary = nullptr;
    quint64 m_generation = 0;
};
