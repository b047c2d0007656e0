#pragma once

// What the Variations and sweeps dialog tests share: the model, a base
// request, and finding the dialog's real widgets by their accessible names.

#include "core/modeldescription.h"
#include "jobs/batchplan.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace variationsdialogtest {

using wan::core::ModelDescription;
using wan::jobs::GenerationRequest;


inline const QString kSeed = QStringLiteral("seed");
inline const QString kShift = QStringLiteral("sample_shift");

inline const ModelDescription &model()
{
    return ModelDescription::wan22ImageToVideo();
}

inline GenerationRequest baseRequest()
{
    GenerationRequest base;
    base.image = QStringLiteral("/tmp/in.png");
    base.prompt = QStringLiteral("A lighthouse in a storm");
    base.parameters = model().defaults();
    base.parameters.insert(kSeed, 1234);
    return base;
}

template<typename T> T *byAccessibleName(QWidget *root, const QString &name)
{
    const auto children = root->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == name)
            return child;
    }
    return nullptr;
}

inline QStringList previewLabels(QWidget *dialog)
{
    auto *list = byAccessibleName<QListWidget>(dialog, QStringLiteral("Planned runs"));
    QStringList labels;
    for (int i = 0; list && i < list->count(); ++i)
        labels << list->item(i)->text();
    return labels;
}

inline QPushButton *queueButton(QWidget *dialog)
{
    const auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

// Every visible label's text, to find a message wherever the dialog shows it.
inline QString shownText(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dialog))
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

inline void chooseSweep(QWidget *dialog, const QString &parameter)
{
    dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *combo = byAccessibleName<QComboBox>(dialog, QStringLiteral("Parameter"));
    QVERIFY(combo);
    const int index = combo->findData(parameter);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

inline void typeValues(QWidget *dialog, const QString &text)
{
    auto *values = byAccessibleName<QLineEdit>(dialog, QStringLiteral("Values"));
    QVERIFY(values);
    values->selectAll();
    QTest::keyClick(values, Qt::Key_Delete);
    QTest::keyClicks(values, text);
}

} // namespace variationsdialogtest
