#pragma once

// What sets compared runs apart, and the cards that show it. RunDifferences is
// pure (entries in, keys and display text out); CompareCaption is the card
// under one clip, CompareSummary the "Same for all" lines above the grid.

#include "library/libraryentry.h"

#include <QCoreApplication>
#include <QFrame>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace wan::ui {

class RunDifferences final
{
    Q_DECLARE_TR_FUNCTIONS(wan::ui::RunDifferences)
public:
    explicit RunDifferences(const QList<library::Entry> &entries = {});

    int count() const { return int(m_values.size()); }
    // Every compared key in display order: "prompt", "image", then the
    // parameters in the model's order, then any the model does not describe.
    QStringList keys() const { return m_keys; }
    QStringList differingKeys() const { return m_differing; }
    bool differs(const QString &key) const { return m_differing.contains(key); }
    // Undefined when that run has no such value.
    QJsonValue value(int entry, const QString &key) const;

    // "Sample shift", translated; the key itself for a parameter the model does not describe.
    static QString label(const QString &key);
    // "8.0", "on", "480p"; the file name for the image.
    static QString valueText(const QString &key, const QJsonValue &value);
    // "Sample shift: 8.0"
    static QString lineText(const QString &key, const QJsonValue &value);

private:
    QList<QJsonObject> m_values;
    QStringList m_keys;
    QStringList m_differing;
};

// The card under one clip: its seed, then every value in which it differs
// from the other runs, marked bold in the accent colour. Each line is a QLabel
// with the properties "captionKey" (the compared key) and "differs" (bool).
class CompareCaption final : public QFrame
{
    Q_OBJECT
public:
    CompareCaption(const RunDifferences &differences, int entry, QWidget *parent = nullptr);

    QList<QLabel *> lines() const { return m_lines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    RunDifferences m_differences;
    int m_entry;
    QVBoxLayout *m_layout;
    QList<QLabel *> m_lines;
};

// Above the grid: what all compared runs share, in one wrapped line, and the
// shared prompt (elided, full text in the tooltip). Hidden when nothing is shared.
class CompareSummary final : public QWidget
{
    Q_OBJECT
public:
    explicit CompareSummary(QWidget *parent = nullptr);

    void setDifferences(const RunDifferences &differences);
    QList<QLabel *> lines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    RunDifferences m_differences;
    QLabel *m_shared;
    QLabel *m_prompt;
};

} // namespace wan::ui
