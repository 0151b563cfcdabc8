#pragma once

#include "core/cacheentries.h"
#include "core/imagenames.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class PlanPreviewDialog;
}

// Shows exactly what a prune or clean would delete (the engine's dry-run plan: IDs, sizes, bytes freed,
// size after) before anything is deleted. The parameter (max size, or stall time) can be changed; the
// owner recomputes the plan and calls setPlan(). Accepting means "execute this plan"; Cancel is the
// default button so Enter never deletes.
class PlanPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Prune, Clean };

    PlanPreviewDialog(Mode mode, qint64 parameter, QWidget *parent = nullptr);
    ~PlanPreviewDialog() override;

    // The names the list shows beside the IDs; without any (no connection) the Name column is hidden. Set it
    // before the plan.
    void setImageNames(const ImageNames &names);
    void setPlan(const PrunePlan &plan);
    void setPlan(const CleanPlan &plan);
    void setPlanError(const QString &message);

    PrunePlan prunePlan() const { return m_prune; }
    CleanPlan cleanPlan() const { return m_clean; }
    qint64 parameter() const { return m_parameter; }

    // Rows shown at most; a longer plan ends with a "… and N more" row.
    static constexpr int maxRows = 5000;

Q_SIGNALS:
    void parameterChanged(qint64 value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recalculate();
    void setWaiting();
    void refit();
    void fill(const QVector<std::pair<QString, qint64>> &rows, const QStringList &kinds);

    std::unique_ptr<Ui::PlanPreviewDialog> m_ui;
    Mode m_mode;
    qint64 m_parameter;
    PrunePlan m_prune;
    CleanPlan m_clean;
    ImageNames m_names;
    QPushButton *m_execute = nullptr;
};
