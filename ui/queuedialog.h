#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class QueueDialog;
}

// Takes many image IDs pasted at once, checks each as it is typed, and offers to queue them only when
// every one is a valid ID. The IDs come back normalised and without duplicates.
class QueueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QueueDialog(QWidget *parent = nullptr);
    ~QueueDialog() override;

    void setText(const QString &text);
    QStringList imageIds() const { return m_valid; }

private:
    void validate();

    std::unique_ptr<Ui::QueueDialog> m_ui;
    QStringList m_valid;
};
