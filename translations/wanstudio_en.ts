<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wan::cli::CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/librarycommands.cpp" line="+91"/>
        <source>Error: %n run(s) would be saved to the one file %1; give a folder, or choose one run with --id.</source>
        <translation>
            <numerusform>Error: %n run would be saved to the one file %1; give a folder, or choose one run with --id.</numerusform>
            <numerusform>Error: %n runs would be saved to the one file %1; give a folder, or choose one run with --id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+137"/>
        <source>%n run(s) were queued but never sent; `wanstudio resume --queued` sends them.</source>
        <translation>
            <numerusform>%n run was queued but never sent; `wanstudio resume --queued` sends them.</numerusform>
            <numerusform>%n runs were queued but never sent; `wanstudio resume --queued` sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/rebuildcommand.cpp" line="+50"/>
        <source>%n clip(s) found</source>
        <translation>
            <numerusform>%n clip found</numerusform>
            <numerusform>%n clips found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped (%1 already listed, %2 without Wan Studio settings).</source>
        <translation>
            <numerusform>%n skipped (%1 already listed, %2 without Wan Studio settings).</numerusform>
            <numerusform>%n skipped (%1 already listed, %2 without Wan Studio settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/batchcommand.cpp" line="+89"/>
        <source>%n run(s), about %1 credits in all (%2 each); nothing was sent.</source>
        <translation>
            <numerusform>%n run, about %1 credits in all (%2 each); nothing was sent.</numerusform>
            <numerusform>%n runs, about %1 credits in all (%2 each); nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n run(s), about %1 credits in all.</source>
        <translation>
            <numerusform>%n run, about %1 credits in all.</numerusform>
            <numerusform>%n runs, about %1 credits in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>The batch stopped: %n later run(s) were not sent.</source>
        <translation>
            <numerusform>The batch stopped: %n later run was not sent.</numerusform>
            <numerusform>The batch stopped: %n later runs were not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/spendcommand.cpp" line="+106"/>
        <source>Since %1: %2 credits for %n charged run(s).</source>
        <translation>
            <numerusform>Since %1: %2 credits for %n charged run.</numerusform>
            <numerusform>Since %1: %2 credits for %n charged runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>In all: %1 credits for %n charged run.</numerusform>
            <numerusform>In all: %1 credits for %n charged runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n run counted at the typical cost: the service did not say what it cost.</numerusform>
            <numerusform>%n runs counted at the typical cost: the service did not say what they cost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>Per kept clip: %1 credits (%n favourite).</numerusform>
            <numerusform>Per kept clip: %1 credits (%n favourites).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>Failed, cancelled and expired runs: %n run, %1 credits.</numerusform>
            <numerusform>Failed, cancelled and expired runs: %n runs, %1 credits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n failed run may have been charged without a recorded cost; your Segmind console lists it.</numerusform>
            <numerusform>%n failed runs may have been charged without a recorded cost; your Segmind console lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::jobs::BatchPlan</name>
    <message numerus="yes">
        <location filename="../app/jobs/batchplan.cpp" line="+90"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+101"/>
        <source>Consecutive seeds must stay within 0 to %1: %n run(s) from %2 would end at %3.</source>
        <translation>
            <numerusform>Consecutive seeds must stay within 0 to %1: %n run from %2 would end at %3.</numerusform>
            <numerusform>Consecutive seeds must stay within 0 to %1: %n runs from %2 would end at %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+19"/>
        <source>Could not draw %n distinct seed(s).</source>
        <translation>
            <numerusform>Could not draw %n distinct seed.</numerusform>
            <numerusform>Could not draw %n distinct seeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n run(s), about %1 credits</source>
        <translation>
            <numerusform>%n run, about %1 credits</numerusform>
            <numerusform>%n runs, about %1 credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1; your balance %2 covers %n run(s)</source>
        <translation>
            <numerusform>%1; your balance %2 covers %n run</numerusform>
            <numerusform>%1; your balance %2 covers %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run</source>
        <translation>
            <numerusform>%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run</numerusform>
            <numerusform>%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetCheck</name>
    <message numerus="yes">
        <location filename="../app/jobs/budgetcheck.cpp" line="+63"/>
        <source>%1 credits spent, counting %n run(s) still in progress</source>
        <translation>
            <numerusform>%1 credits spent, counting %n run still in progress</numerusform>
            <numerusform>%1 credits spent, counting %n runs still in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::jobs::FinishNotices</name>
    <message numerus="yes">
        <location filename="../app/jobs/finishnotices.cpp" line="+17"/>
        <source>Your balance would not cover the next run; %n run(s) were not sent.</source>
        <translation>
            <numerusform>Your balance would not cover the next run; %n run was not sent.</numerusform>
            <numerusform>Your balance would not cover the next run; %n runs were not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>%n clip ready</numerusform>
            <numerusform>%n clips ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::library::GalleryModel</name>
    <message numerus="yes">
        <location filename="../app/library/gallerymodel.cpp" line="+149"/>
        <location line="+13"/>
        <source>%n run(s) continue this clip.</source>
        <translation>
            <numerusform>%n run continues this clip.</numerusform>
            <numerusform>%n runs continue this clip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <source>%n f</source>
        <comment>frame count, abbreviated</comment>
        <translation>
            <numerusform>%n f</numerusform>
            <numerusform>%n f</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::media::ClipFrames</name>
    <message numerus="yes">
        <location filename="../app/media/clipframes.cpp" line="+293"/>
        <source>Frame %1 is past the end of “%2”: the clip has %n frame(s), numbered 0 to %3.</source>
        <translation>
            <numerusform>Frame %1 is past the end of “%2”: the clip has %n frame, numbered 0 to %3.</numerusform>
            <numerusform>Frame %1 is past the end of “%2”: the clip has %n frames, numbered 0 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 s is past the end of “%2”: the clip lasts %3 s (%n frame(s) at %4 fps; the last one starts at %5 s).</source>
        <translation>
            <numerusform>%1 s is past the end of “%2”: the clip lasts %3 s (%n frame at %4 fps; the last one starts at %5 s).</numerusform>
            <numerusform>%1 s is past the end of “%2”: the clip lasts %3 s (%n frames at %4 fps; the last one starts at %5 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/gallery/compareview.cpp" line="+111"/>
        <source>%n run(s) without a finished video left out.</source>
        <translation>
            <numerusform>%n run without a finished video left out.</numerusform>
            <numerusform>%n runs without a finished video left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="+302"/>
        <source>“%1”: %n frame(s), %2 × %3, %4 fps.</source>
        <translation>
            <numerusform>“%1”: %n frame, %2 × %3, %4 fps.</numerusform>
            <numerusform>“%1”: %n frames, %2 × %3, %4 fps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n clip(s), joined in this order: %1 frames in all.</source>
        <translation>
            <numerusform>%n clip: %1 frames in all.</numerusform>
            <numerusform>%n clips, joined in this order: %1 frames in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them continue(s) the clip before it, whose last frame it repeats: that frame is shown once.</source>
        <translation>
            <numerusform>%n of them continues the clip before it, whose last frame it repeats: that frame is shown once.</numerusform>
            <numerusform>%n of them continue the clip before them, whose last frame they repeat: that frame is shown once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog_run.cpp" line="+86"/>
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, about %n minute left</numerusform>
            <numerusform>, about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, about %n second left</numerusform>
            <numerusform>, about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved “%1”: %n frame(s), %2 × %3.</source>
        <translation>
            <numerusform>Saved “%1”: %n frame, %2 × %3.</numerusform>
            <numerusform>Saved “%1”: %n frames, %2 × %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryDelegate</name>
    <message numerus="yes">
        <location filename="../ui/gallery/gallerydelegate.cpp" line="+295"/>
        <source>%n continuation(s)</source>
        <translation>
            <numerusform>%n continuation</numerusform>
            <numerusform>%n continuations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryView</name>
    <message numerus="yes">
        <location filename="../ui/gallery/galleryview.cpp" line="+421"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Move %n clip(s) to the trash?</source>
        <translation>
            <numerusform>Move %n clip to the trash?</numerusform>
            <numerusform>Move %n clips to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) continue from these clips. They keep their clips, and each will show that the clip it continued was deleted.</source>
        <translation>
            <numerusform>%n run continues from these clips. It keeps its clip, and will show that the clip it continued was deleted.</numerusform>
            <numerusform>%n runs continue from these clips. They keep their clips, and each will show that the clip it continued was deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::GridView</name>
    <message numerus="yes">
        <location filename="../ui/gallery/gridview.cpp" line="+355"/>
        <source>%1 of %n run(s) finished. Rows: %2; columns: %3. The finished clips play together; double-click one, or use its button, to open it in the studio.</source>
        <translation>
            <numerusform>%1 of %n run finished. Rows: %2; columns: %3. The finished clip plays; double-click it, or use its button, to open it in the studio.</numerusform>
            <numerusform>%1 of %n runs finished. Rows: %2; columns: %3. The finished clips play together; double-click one, or use its button, to open it in the studio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::HeldRunsBox</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/heldrunsbox.cpp" line="+22"/>
        <source>%n run(s) queued in an earlier session were never sent. Send them now?</source>
        <translation>
            <numerusform>%n run queued in an earlier session was never sent. Send it now?</numerusform>
            <numerusform>%n runs queued in an earlier session were never sent. Send them now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was charged for them. Sending them costs about %1 credits. If you have made them again since, choose Discard.</source>
        <translation>
            <numerusform>Nothing was charged for it. Sending it costs about %1 credits. If you have made it again since, choose Discard.</numerusform>
            <numerusform>Nothing was charged for them. Sending them costs about %1 credits. If you have made them again since, choose Discard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow.cpp" line="+324"/>
        <source>%n run(s) are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</source>
        <translation>
            <numerusform>%n run is still in progress. The service will finish it and may charge for it even if Wan Studio is closed. Quit anyway?</numerusform>
            <numerusform>%n runs are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_library.cpp" line="+106"/>
        <source>%n run(s) queued.</source>
        <translation>
            <numerusform>%n run queued.</numerusform>
            <numerusform>%n runs queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Compare %n clip(s) — Wan Studio</source>
        <translation>
            <numerusform>Compare %n clip — Wan Studio</numerusform>
            <numerusform>Compare %n clips — Wan Studio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_continue.cpp" line="+182"/>
        <source>Playing the chain of %n clip(s), one after the other: %1.</source>
        <translation>
            <numerusform>Playing the chain of %n clip: %1.</numerusform>
            <numerusform>Playing the chain of %n clips, one after the other: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_spending.cpp" line="+51"/>
        <source>%n run(s) of this batch are held; none of them was sent or charged.</source>
        <translation>
            <numerusform>%n run of this batch is held; it was not sent or charged.</numerusform>
            <numerusform>%n runs of this batch are held; none of them was sent or charged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+192"/>
        <source>%n clip(s) of the chain had more than one continuation: the first one made was taken each time.</source>
        <translation>
            <numerusform>%n clip of the chain had more than one continuation: the first one made was taken each time.</numerusform>
            <numerusform>%n clips of the chain had more than one continuation: the first one made was taken each time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::PromptEditor</name>
    <message numerus="yes">
        <location filename="../ui/studio/prompteditor.cpp" line="+288"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceClipModel</name>
    <message numerus="yes">
        <location filename="../ui/gallery/sequenceclipmodel.cpp" line="+172"/>
        <source>(crossfade of %n frame(s))</source>
        <translation>
            <numerusform>(crossfade of %n frame)</numerusform>
            <numerusform>(crossfade of %n frames)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::SequencePanel</name>
    <message numerus="yes">
        <location filename="../ui/gallery/sequencepanel.cpp" line="+393"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n repeated frame(s) dropped at the joins</source>
        <translation>
            <numerusform>%n repeated frame dropped at the joins</numerusform>
            <numerusform>%n repeated frames dropped at the joins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/gallery/sequencepanel_library.cpp" line="+183"/>
        <location line="+20"/>
        <source>Added %n clip(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n clip to “%1”.</numerusform>
            <numerusform>Added %n clips to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::SpendingDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/spendingdialog.cpp" line="+246"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>In all: %1 credits for %n charged run.</numerusform>
            <numerusform>In all: %1 credits for %n charged runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n run counted at the typical cost: the service did not say what it cost.</numerusform>
            <numerusform>%n runs counted at the typical cost: the service did not say what they cost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>Per kept clip: %1 credits (%n favourite).</numerusform>
            <numerusform>Per kept clip: %1 credits (%n favourites).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>Failed, cancelled and expired runs: %n run, %1 credits.</numerusform>
            <numerusform>Failed, cancelled and expired runs: %n runs, %1 credits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Of these, %n expired run(s) cost %1 credits.</source>
        <translation>
            <numerusform>Of these, %n expired run cost %1 credits.</numerusform>
            <numerusform>Of these, %n expired runs cost %1 credits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n failed run may have been charged without a recorded cost; your Segmind console lists it.</numerusform>
            <numerusform>%n failed runs may have been charged without a recorded cost; your Segmind console lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Spend per week (the last %n week(s))</source>
        <translation>
            <numerusform>Spend per week (the last %n week)</numerusform>
            <numerusform>Spend per week (the last %n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spend per day (the last %n day(s))</source>
        <translation>
            <numerusform>Spend per day (the last %n day)</numerusform>
            <numerusform>Spend per day (the last %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::Studio</name>
    <message numerus="yes">
        <location filename="../ui/shell/studioapp.cpp" line="+84"/>
        <source>The balance would not cover the next run, so %n run(s) of the batch were not sent. Nothing was charged for them.</source>
        <translation>
            <numerusform>The balance would not cover the next run, so %n run of the batch was not sent. Nothing was charged for them.</numerusform>
            <numerusform>The balance would not cover the next run, so %n runs of the batch were not sent. Nothing was charged for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n clip(s) listed again.</source>
        <translation>
            <numerusform>%n clip listed again.</numerusform>
            <numerusform>%n clips listed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) had no Wan Studio settings and were skipped.</source>
        <translation>
            <numerusform>%n file had no Wan Studio settings and was skipped.</numerusform>
            <numerusform>%n files had no Wan Studio settings and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::VariationsDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/variationsdialog.cpp" line="+401"/>
        <source>&amp;Queue %n run(s)</source>
        <translation>
            <numerusform>&amp;Queue %n run</numerusform>
            <numerusform>&amp;Queue %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Pl&amp;anned prompts (%n):</source>
        <translation>
            <numerusform>Pl&amp;anned prompt (%n):</numerusform>
            <numerusform>Pl&amp;anned prompts (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="+129"/>
        <source>The %n prompt(s) the braces in the prompt make.</source>
        <translation>
            <numerusform>The %n prompt the braces in the prompt make.</numerusform>
            <numerusform>The %n prompts the braces in the prompt make.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n prompt(s) from the braces</source>
        <translation>
            <numerusform>%n prompt from the braces</numerusform>
            <numerusform>%n prompts from the braces</numerusform>
        </translation>
    </message>
</context>
</TS>
