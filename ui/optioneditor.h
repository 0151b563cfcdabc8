#pragma once

#include <QWidget>

class OptionDescriptor;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

// The editor for one cache option, chosen by its descriptor's type: a directory picker, a list of
// choices, a number with byte units (written as bytes), a number with time units (written as seconds),
// or a line of text. It shows and returns what a person means; the descriptor validates and normalises.
class OptionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit OptionEditor(const OptionDescriptor &descriptor, QWidget *parent = nullptr);

    // Shows the value as it stands in the file (or the default when the file does not set it).
    void setFileText(const QString &text);
    // What the person entered, in a form OptionDescriptor::validate() accepts ("21474836480", "12h", ...).
    QString input() const;

Q_SIGNALS:
    void edited();

private:
    void fitNumber();

    const OptionDescriptor &m_descriptor;
    QLineEdit *m_line = nullptr;
    QComboBox *m_choice = nullptr;
    QDoubleSpinBox *m_number = nullptr;
    QComboBox *m_unit = nullptr;
};
