#include "PaintToolBar.h"

#include "AnnotationOverlay.h"
#include "PaintIcons.h"

#include <QActionGroup>
#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QMenu>
#include <QToolButton>
#include <QUndoGroup>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

struct Swatch
{
    QColor colour;
    const char* name;
};

// Colours that stand out on grey angiography, first the default.
const Swatch kSwatches[] = {
    {QColor(0xff, 0xd4, 0x00), QT_TRANSLATE_NOOP("PaintToolBar", "Yellow")},
    {QColor(0xff, 0x3b, 0x30), QT_TRANSLATE_NOOP("PaintToolBar", "Red")},
    {QColor(0x34, 0xc7, 0x59), QT_TRANSLATE_NOOP("PaintToolBar", "Green")},
    {QColor(0x32, 0xad, 0xe6), QT_TRANSLATE_NOOP("PaintToolBar", "Cyan")},
    {QColor(0xff, 0x2d, 0x92), QT_TRANSLATE_NOOP("PaintToolBar", "Magenta")},
    {QColor(0xff, 0xff, 0xff), QT_TRANSLATE_NOOP("PaintToolBar", "White")},
};

const int kWidths[] = {1, 2, 3, 5, 8};

} // namespace

PaintToolBar::PaintToolBar(AnnotationOverlay& overlay, QUndoGroup& undo, QWidget* parent)
    : QToolBar(tr("Paint"), parent), m_overlay(overlay)
{
    setObjectName(u"paintToolBar"_s);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(20, 20));
    const QColor ink = palette().color(QPalette::ButtonText);

    m_paint = addAction(paintToolIcon(AnnotationToolKind::Pen, ink), tr("Paint"));
    m_paint->setObjectName(u"paintModeAction"_s);
    m_paint->setCheckable(true);
    m_paint->setShortcut(QKeySequence(Qt::Key_D));
    m_paint->setToolTip(tr("Paint mode on or off (D); Esc ends it"));
    connect(m_paint, &QAction::toggled, &m_overlay, &AnnotationOverlay::setPaintMode);
    connect(&m_overlay, &AnnotationOverlay::paintModeChanged, this, [this](bool on) {
        m_paint->setChecked(on);
        updateEnabled(on);
    });
    addSeparator();

    m_tools = new QActionGroup(this);
    const struct
    {
        AnnotationToolKind kind;
        QString text;
        Qt::Key key;
        const char* name;
    } tools[] = {
        {AnnotationToolKind::Select, tr("Select"), Qt::Key_V, "selectToolAction"},
        {AnnotationToolKind::Arrow, tr("Arrow"), Qt::Key_A, "arrowToolAction"},
        {AnnotationToolKind::Pen, tr("Pen"), Qt::Key_P, "penToolAction"},
        {AnnotationToolKind::Text, tr("Text"), Qt::Key_T, "textToolAction"},
        {AnnotationToolKind::Eraser, tr("Eraser"), Qt::Key_E, "eraserToolAction"},
    };
    for (const auto& tool : tools) {
        QAction* action = addAction(paintToolIcon(tool.kind, ink), tool.text);
        action->setObjectName(QString::fromLatin1(tool.name));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(tool.key));
        action->setToolTip(tr("%1 (%2)").arg(
            tool.text, QKeySequence(tool.key).toString(QKeySequence::NativeText)));
        action->setData(int(tool.kind));
        action->setChecked(tool.kind == m_overlay.tool());
        m_tools->addAction(action);
        const AnnotationToolKind kind = tool.kind;
        connect(action, &QAction::triggered, &m_overlay, [this, kind] { m_overlay.setTool(kind); });
    }
    connect(&m_overlay, &AnnotationOverlay::toolChanged, this, [this](AnnotationToolKind kind) {
        if (QAction* action = toolAction(kind))
            action->setChecked(true);
    });
    addSeparator();

    m_colour = new QToolButton(this);
    m_colour->setObjectName(u"colourButton"_s);
    m_colour->setPopupMode(QToolButton::InstantPopup);
    m_colour->setToolTip(tr("Colour of new drawings and of the selected one"));
    auto* colours = new QMenu(m_colour);
    for (const Swatch& swatch : kSwatches) {
        const QColor colour = swatch.colour;
        colours->addAction(colourSwatchIcon(colour),
                           QCoreApplication::translate("PaintToolBar", swatch.name), this,
                           [this, colour] { setColour(colour); });
    }
    colours->addSeparator();
    colours->addAction(tr("Custom colour…"), this, [this] {
        const QColor chosen =
            QColorDialog::getColor(m_overlay.style().color, this, tr("Drawing colour"));
        if (chosen.isValid())
            setColour(chosen);
    });
    m_colour->setMenu(colours);
    m_colour->setIcon(colourSwatchIcon(m_overlay.style().color));
    addWidget(m_colour);

    m_width = new QComboBox(this);
    m_width->setObjectName(u"lineWidthCombo"_s);
    m_width->setToolTip(tr("Line width of new drawings and of the selected one"));
    for (const int width : kWidths)
        m_width->addItem(tr("%1 px").arg(width), width);
    m_width->setCurrentIndex(m_width->findData(int(m_overlay.style().width)));
    connect(m_width, &QComboBox::activated, this,
            [this](int index) { m_overlay.setLineWidth(m_width->itemData(index).toDouble()); });
    addWidget(m_width);

    m_wholeSeries = addAction(tr("Whole series"));
    m_wholeSeries->setObjectName(u"wholeSeriesAction"_s);
    m_wholeSeries->setCheckable(true);
    m_wholeSeries->setShortcut(QKeySequence(Qt::Key_S));
    m_wholeSeries->setToolTip(
        tr("New drawings show on every frame of the series instead of this frame only (S)"));
    connect(m_wholeSeries, &QAction::toggled, &m_overlay,
            &AnnotationOverlay::setDrawsOnWholeSeries);
    addSeparator();

    // Short labels keep the bar narrow; what would be undone shows in the tooltip.
    QAction* undoAction = addAction(tr("Undo"), &undo, &QUndoGroup::undo);
    undoAction->setObjectName(u"undoAction"_s);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setEnabled(undo.canUndo());
    connect(&undo, &QUndoGroup::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(&undo, &QUndoGroup::undoTextChanged, undoAction,
            [undoAction, this](const QString& text) {
                undoAction->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text));
            });
    QAction* redoAction = addAction(tr("Redo"), &undo, &QUndoGroup::redo);
    redoAction->setObjectName(u"redoAction"_s);
    redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    redoAction->setEnabled(undo.canRedo());
    connect(&undo, &QUndoGroup::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(&undo, &QUndoGroup::redoTextChanged, redoAction,
            [redoAction, this](const QString& text) {
                redoAction->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text));
            });
    QAction* clear = addAction(tr("Clear"), &m_overlay, &AnnotationOverlay::clearShown);
    clear->setObjectName(u"clearAction"_s);
    clear->setToolTip(tr("Remove every drawing shown on this frame"));
    addSeparator();

    QAction* snapshot = addAction(tr("Snapshot"), this, &PaintToolBar::snapshotRequested);
    snapshot->setObjectName(u"snapshotAction"_s);
    snapshot->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    snapshot->setToolTip(tr("Save this frame with its drawings as a PNG (Ctrl+Shift+S)"));
    QAction* gsps = addAction(tr("Export GSPS"), this, &PaintToolBar::gspsRequested);
    gsps->setObjectName(u"gspsAction"_s);
    gsps->setToolTip(tr("Save the drawings as a DICOM presentation state for PACS viewers"));
    QAction* end = addAction(tr("End paint mode"), this, [this] { m_overlay.setPaintMode(false); });
    end->setObjectName(u"endPaintAction"_s);

    m_paintOnly = m_tools->actions();
    m_paintOnly << m_wholeSeries << clear << end;
    updateEnabled(m_overlay.isPaintMode());
}

QAction* PaintToolBar::toolAction(AnnotationToolKind kind) const
{
    for (QAction* action : m_tools->actions()) {
        if (action->data().toInt() == int(kind))
            return action;
    }
    return nullptr;
}

void PaintToolBar::setColour(const QColor& colour)
{
    m_overlay.setColor(colour);
    m_colour->setIcon(colourSwatchIcon(colour));
}

void PaintToolBar::updateEnabled(bool paintMode)
{
    // Tools stay usable: choosing one starts paint mode. Only what needs it waits.
    for (QAction* action : std::as_const(m_paintOnly)) {
        if (!m_tools->actions().contains(action))
            action->setEnabled(paintMode);
    }
}

} // namespace kenshu
