#include "studio/imagewellaccessible.h"

#include "studio/imagewell.h"

#include <QAccessibleWidget>

namespace wan::ui {

namespace {

class ImageWellAccessible final : public QAccessibleWidget
{
public:
    explicit ImageWellAccessible(ImageWell *well)
        : QAccessibleWidget(well, QAccessible::Button)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Description) {
            // A problem with the last picture tried comes first; else the
            // details of the chosen one (the well keeps them as its description).
            QString problem = static_cast<const ImageWell *>(widget())->problemText();
            if (!problem.isEmpty())
                return problem;
        }
        return QAccessibleWidget::text(t);
    }

    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        names.prepend(pressAction());
        return names;
    }

    void doAction(const QString &actionName) override
    {
        auto *well = static_cast<ImageWell *>(widget());
        if (actionName == pressAction() && well->isEnabled())
            well->chooseFile(); // the same path as Space, Enter and a click
        else
            QAccessibleWidget::doAction(actionName);
    }

    QStringList keyBindingsForAction(const QString &actionName) const override
    {
        if (actionName == pressAction())
            return { QStringLiteral("Space") };
        return QAccessibleWidget::keyBindingsForAction(actionName);
    }
};

QAccessibleInterface *imageWellFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(ImageWell::staticMetaObject.className()) && object && object->isWidgetType())
        return new ImageWellAccessible(static_cast<ImageWell *>(object));
    return nullptr;
}

} // namespace

void installImageWellAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(imageWellFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace wan::ui
