<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssignmentDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/assignment.py" line="+457"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln would change session</source>
        <translation>
            <numerusform>%Ln would change session</numerusform>
            <numerusform>%Ln would change session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need a choice</source>
        <translation>
            <numerusform>%Ln needs a choice</numerusform>
            <numerusform>%Ln need a choice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assigned %Ln items to sessions.</source>
        <translation>
            <numerusform>Assigned %Ln item to its session.</numerusform>
            <numerusform>Assigned %Ln items to sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Apply %Ln Accepted</source>
        <translation>
            <numerusform>Apply %Ln Accepted</numerusform>
            <numerusform>Apply %Ln Accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/clocks.py" line="+921"/>
        <source>%Ln of its items on this day would be left out of every session</source>
        <translation>
            <numerusform>%Ln of its items on this day would be left out of every session</numerusform>
            <numerusform>%Ln of its items on this day would be left out of every session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>none within %Ln minutes</source>
        <translation>
            <numerusform>none within %Ln minute</numerusform>
            <numerusform>none within %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Assigning to sessions afterwards would move %Ln items.</source>
        <translation>
            <numerusform>Assigning to sessions afterwards would move %Ln item.</numerusform>
            <numerusform>Assigning to sessions afterwards would move %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../gui/commands.py" line="+83"/>
        <source>Name of the new collection (the %Ln selected items go in it):</source>
        <translation>
            <numerusform>Name of the new collection (the %Ln selected item goes in it):</numerusform>
            <numerusform>Name of the new collection (the %Ln selected items go in it):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckViewer</name>
    <message numerus="yes">
        <location filename="../../gui/viewers/deck.py" line="+451"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export_dialog.py" line="+877"/>
        <source>+ %Ln clips</source>
        <translation>
            <numerusform>+ %Ln clip</numerusform>
            <numerusform>+ %Ln clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Export %Ln clips</source>
        <translation>
            <numerusform>Export %Ln clip</numerusform>
            <numerusform>Export %Ln clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the collection “%1” (%Ln items)</source>
        <translation>
            <numerusform>Export the collection “%1” (%Ln item)</numerusform>
            <numerusform>Export the collection “%1” (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the session “%1” (%Ln items)</source>
        <translation>
            <numerusform>Export the session “%1” (%Ln item)</numerusform>
            <numerusform>Export the session “%1” (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export %1 (%Ln items)</source>
        <translation>
            <numerusform>Export %1 (%Ln item)</numerusform>
            <numerusform>Export %1 (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the search “%1” (%Ln items)</source>
        <translation>
            <numerusform>Export the search “%1” (%Ln item)</numerusform>
            <numerusform>Export the search “%1” (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Export what “%1” shows, as filtered (%Ln items)</source>
        <translation>
            <numerusform>Export what “%1” shows, as filtered (%Ln item)</numerusform>
            <numerusform>Export what “%1” shows, as filtered (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export what “%1” shows (%Ln items)</source>
        <translation>
            <numerusform>Export what “%1” shows (%Ln item)</numerusform>
            <numerusform>Export what “%1” shows (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the selection (%Ln items)</source>
        <translation>
            <numerusform>Export the selection (%Ln item)</numerusform>
            <numerusform>Export the selection (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+370"/>
        <location line="+254"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-253"/>
        <location line="+254"/>
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-321"/>
        <source>%Ln originals go with an XMP sidecar holding the catalogue&apos;s texts (Lightroom, digiKam and exiftool read it).</source>
        <translation>
            <numerusform>%Ln original goes with an XMP sidecar holding the catalogue&apos;s texts (Lightroom, digiKam and exiftool read it).</numerusform>
            <numerusform>%Ln originals go with an XMP sidecar holding the catalogue&apos;s texts (Lightroom, digiKam and exiftool read it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Warnings about %Ln items:</source>
        <translation>
            <numerusform>Warnings about %Ln item:</numerusform>
            <numerusform>Warnings about %Ln items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln items are held back; tick those to publish anyway.</source>
        <translation>
            <numerusform>%Ln item is held back; tick it to publish it anyway.</numerusform>
            <numerusform>%Ln items are held back; tick those to publish anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-68"/>
        <source>%Ln items are unavailable and cannot be exported.</source>
        <translation>
            <numerusform>%Ln item is unavailable and cannot be exported.</numerusform>
            <numerusform>%Ln items are unavailable and cannot be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln photos go out with faces blurred: %1.</source>
        <translation>
            <numerusform>%Ln photo goes out with faces blurred: %1.</numerusform>
            <numerusform>%Ln photos go out with faces blurred: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>All %Ln held-back items are ticked and go out as well.</source>
        <translation>
            <numerusform>%Ln held-back item is ticked and goes out as well.</numerusform>
            <numerusform>All %Ln held-back items are ticked and go out as well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of the held-back items are ticked and go out as well.</source>
        <translation>
            <numerusform>%Ln of the held-back items is ticked and goes out as well.</numerusform>
            <numerusform>%Ln of the held-back items are ticked and go out as well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln faces nobody has named</source>
        <translation>
            <numerusform>%Ln face nobody has named</numerusform>
            <numerusform>%Ln faces nobody has named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln photos with the post and their alt texts:</source>
        <translation>
            <numerusform>%Ln photo with the post and its alt text:</numerusform>
            <numerusform>%Ln photos with the post and their alt texts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>%Ln items were held back.</source>
        <translation>
            <numerusform>%Ln item was held back.</numerusform>
            <numerusform>%Ln items were held back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln items were published by override (recorded in the history).</source>
        <translation>
            <numerusform>%Ln item was published by override (recorded in the history).</numerusform>
            <numerusform>%Ln items were published by override (recorded in the history).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln photos went out with faces blurred (whose: recorded in the history).</source>
        <translation>
            <numerusform>%Ln photo went out with faces blurred (whose: recorded in the history).</numerusform>
            <numerusform>%Ln photos went out with faces blurred (whose: recorded in the history).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export_history.py" line="+154"/>
        <source>%Ln exports, newest first.</source>
        <translation>
            <numerusform>%Ln export.</numerusform>
            <numerusform>%Ln exports, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message numerus="yes">
        <location filename="../../gui/field_views.py" line="+113"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderActions</name>
    <message numerus="yes">
        <location filename="../../gui/controllers/folders.py" line="+103"/>
        <source>“%1” and its %Ln items leave the catalogue, with their ratings, captions, tags and sessions. The files themselves are not touched. This cannot be undone.</source>
        <translation>
            <numerusform>“%1” and its %Ln item leave the catalogue, with its rating, caption, tags and session. The file itself is not touched. This cannot be undone.</numerusform>
            <numerusform>“%1” and its %Ln items leave the catalogue, with their ratings, captions, tags and sessions. The files themselves are not touched. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <location filename="../../gui/widgets/history.py" line="+223"/>
        <source>Delete %n segments</source>
        <translation>
            <numerusform>Delete %n segment</numerusform>
            <numerusform>Delete %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/schedule_editor.py" line="+574"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/ingest.py" line="+161"/>
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of %2 files</source>
        <translation>
            <numerusform>%Ln of %2 files</numerusform>
            <numerusform>%Ln of %2 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln files seen</source>
        <translation>
            <numerusform>%Ln file seen</numerusform>
            <numerusform>%Ln files seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln completed (left unfinished by an earlier scan)</source>
        <translation>
            <numerusform>%Ln completed (left unfinished by an earlier scan)</numerusform>
            <numerusform>%Ln completed (left unfinished by an earlier scan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform>
            <numerusform>%Ln moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln not read this time (read by the next scan)</source>
        <translation>
            <numerusform>%Ln not read this time (read by the next scan)</numerusform>
            <numerusform>%Ln not read this time (read by the next scan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln files are back online (they were offline or missing).</source>
        <translation>
            <numerusform>%Ln file is back online (it was offline or missing).</numerusform>
            <numerusform>%Ln files are back online (they were offline or missing).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln of these problems were found while making thumbnails (damage inside a picture shows only when it is decoded).</source>
        <translation>
            <numerusform>%Ln of these problems was found while making thumbnails (damage inside a picture shows only when it is decoded).</numerusform>
            <numerusform>%Ln of these problems were found while making thumbnails (damage inside a picture shows only when it is decoded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln catalogued files are not where they were (see Problems &gt; Missing).</source>
        <translation>
            <numerusform>%Ln catalogued file is not where it was (see Problems &gt; Missing).</numerusform>
            <numerusform>%Ln catalogued files are not where they were (see Problems &gt; Missing).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln groups of duplicates (see Problems &gt; Duplicates).</source>
        <translation>
            <numerusform>%Ln group of duplicates (see Problems &gt; Duplicates).</numerusform>
            <numerusform>%Ln groups of duplicates (see Problems &gt; Duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln unchanged documents were re-read with the current reader.</source>
        <translation>
            <numerusform>%Ln unchanged document was re-read with the current reader.</numerusform>
            <numerusform>%Ln unchanged documents were re-read with the current reader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln unchanged files were re-read with the current reader.</source>
        <translation>
            <numerusform>%Ln unchanged file was re-read with the current reader.</numerusform>
            <numerusform>%Ln unchanged files were re-read with the current reader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <location filename="../../gui/widgets/inspector.py" line="+277"/>
        <source>%n chapters</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n draft chapters, spread evenly</source>
        <translation>
            <numerusform>%n draft chapter, spread evenly</numerusform>
            <numerusform>%n draft chapters, spread evenly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Segments (%n)</source>
        <translation>
            <numerusform>Segments (%n)</numerusform>
            <numerusform>Segments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <location line="+230"/>
        <source>%Ln items selected</source>
        <translation>
            <numerusform>%Ln item selected</numerusform>
            <numerusform>%Ln items selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%n of them held back by their session or a person shown</source>
        <translation>
            <numerusform>%n of them held back by its session or a person shown</numerusform>
            <numerusform>%n of them held back by their session or a person shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindCounts</name>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="+524"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln videos</source>
        <translation>
            <numerusform>%Ln video</numerusform>
            <numerusform>%Ln videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln audio recordings</source>
        <translation>
            <numerusform>%Ln audio recording</numerusform>
            <numerusform>%Ln audio recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln slide decks</source>
        <translation>
            <numerusform>%Ln slide deck</numerusform>
            <numerusform>%Ln slide decks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln other files</source>
        <translation>
            <numerusform>%Ln other file</numerusform>
            <numerusform>%Ln other files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln bytes</source>
        <comment>a file size</comment>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="+439"/>
        <source>The catalogue server does not answer: %n changes not saved.</source>
        <translation>
            <numerusform>The catalogue server does not answer: %n change not saved.</numerusform>
            <numerusform>The catalogue server does not answer: %n changes not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>The pictures of %1 and %Ln other items stay as they were: %2</source>
        <translation>
            <numerusform>The pictures of %1 and %Ln other item stay as they were: %2</numerusform>
            <numerusform>The pictures of %1 and %Ln other items stay as they were: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+145"/>
        <source>%Ln+ items</source>
        <translation>
            <numerusform>%Ln+ item</numerusform>
            <numerusform>%Ln+ items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message numerus="yes">
        <location filename="../../gui/ops.py" line="+443"/>
        <source>%1 made the same change to the %2 of %n items at %3, after you, so that stays as it is.</source>
        <translation>
            <numerusform>%1 made the same change to the %2 of %n item at %3, after you, so that stays as it is.</numerusform>
            <numerusform>%1 made the same change to the %2 of %n items at %3, after you, so that stays as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/people.py" line="+372"/>
        <source>Withdraw the consent of %1 from today? %Ln photos will be held back from every publication.</source>
        <translation>
            <numerusform>Withdraw the consent of %1 from today? %Ln photo will be held back from every publication.</numerusform>
            <numerusform>Withdraw the consent of %1 from today? %Ln photos will be held back from every publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Consent of %1 withdrawn: %Ln photos held back.</source>
        <translation>
            <numerusform>Consent of %1 withdrawn: %Ln photo held back.</numerusform>
            <numerusform>Consent of %1 withdrawn: %Ln photos held back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/pickers.py" line="+22"/>
        <source>Add %Ln items to the collection (type a new name to create one):</source>
        <translation>
            <numerusform>Add %Ln item to the collection (type a new name to create one):</numerusform>
            <numerusform>Add %Ln items to the collection (type a new name to create one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Session for the %Ln selected items:</source>
        <translation>
            <numerusform>Session for the %Ln selected item:</numerusform>
            <numerusform>Session for the %Ln selected items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items added to the collection “%1”</source>
        <translation>
            <numerusform>%Ln item added to the collection “%1”</numerusform>
            <numerusform>%Ln items added to the collection “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Collection “%1” made with %Ln items</source>
        <translation>
            <numerusform>Collection “%1” made with %Ln item</numerusform>
            <numerusform>Collection “%1” made with %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items assigned to the session “%1”</source>
        <translation>
            <numerusform>%Ln item assigned to the session “%1”</numerusform>
            <numerusform>%Ln items assigned to the session “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items taken out of their session</source>
        <translation>
            <numerusform>%Ln item taken out of its session</numerusform>
            <numerusform>%Ln items taken out of their session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <location filename="../../gui/player/view.py" line="+547"/>
        <source>%n draft chapters, spread evenly: not published until placed (C) or confirmed</source>
        <translation>
            <numerusform>%n draft chapter, spread evenly: not published until placed (C) or confirmed</numerusform>
            <numerusform>%n draft chapters, spread evenly: not published until placed (C) or confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+175"/>
        <source>Captions (%1, %Ln cues) added to “%3”: they are published with its clip.</source>
        <translation>
            <numerusform>Captions (%1, %Ln cue) added to “%3”: they are published with its clip.</numerusform>
            <numerusform>Captions (%1, %Ln cues) added to “%3”: they are published with its clip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n segments from the programme:</source>
        <translation>
            <numerusform>%n segment from the programme:</numerusform>
            <numerusform>%n segments from the programme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Cut into %n segments, one per session: exports publish each as a clip of its own. %1 undoes the cut.</source>
        <translation>
            <numerusform>Cut into %n segment, one per session: exports publish it as a clip of its own. %1 undoes the cut.</numerusform>
            <numerusform>Cut into %n segments, one per session: exports publish each as a clip of its own. %1 undoes the cut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n chapters of “%1” confirmed: they are published with its clip.</source>
        <translation>
            <numerusform>%n chapter of “%1” confirmed: it is published with its clip.</numerusform>
            <numerusform>%n chapters of “%1” confirmed: they are published with its clip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/preferences.py" line="+247"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemCounts</name>
    <message numerus="yes">
        <location filename="../../gui/problem_counts.py" line="+20"/>
        <source>The folder went away during the scan (drive unplugged or share lost?), so its scan stopped; its %Ln items keep what the catalogue knew, marked offline: scan again once it is back.</source>
        <translation>
            <numerusform>The folder went away during the scan (drive unplugged or share lost?), so its scan stopped; its %Ln item keeps what the catalogue knew, marked offline: scan again once it is back.</numerusform>
            <numerusform>The folder went away during the scan (drive unplugged or share lost?), so its scan stopped; its %Ln items keep what the catalogue knew, marked offline: scan again once it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The folder is not reachable (drive not attached?); its %Ln items stay in the catalogue, marked offline.</source>
        <translation>
            <numerusform>The folder is not reachable (drive not attached?); its %Ln item stays in the catalogue, marked offline.</numerusform>
            <numerusform>The folder is not reachable (drive not attached?); its %Ln items stay in the catalogue, marked offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This computer cannot reach the folder (share not mounted, or mounted at another path?); its %Ln items stay as they are for the rest of the team: if this computer sees the folder elsewhere, say where (Find Missing Folder… in the app, &apos;smparchive roots map&apos; in a terminal).</source>
        <translation>
            <numerusform>This computer cannot reach the folder (share not mounted, or mounted at another path?); its %Ln item stays as it is for the rest of the team: if this computer sees the folder elsewhere, say where (Find Missing Folder… in the app, &apos;smparchive roots map&apos; in a terminal).</numerusform>
            <numerusform>This computer cannot reach the folder (share not mounted, or mounted at another path?); its %Ln items stay as they are for the rest of the team: if this computer sees the folder elsewhere, say where (Find Missing Folder… in the app, &apos;smparchive roots map&apos; in a terminal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The folder went away from this computer during the scan (share lost?), so its scan stopped; its %Ln items keep what the catalogue knew, as they are for the rest of the team: scan again once it is back.</source>
        <translation>
            <numerusform>The folder went away from this computer during the scan (share lost?), so its scan stopped; its %Ln item keeps what the catalogue knew, as it is for the rest of the team: scan again once it is back.</numerusform>
            <numerusform>The folder went away from this computer during the scan (share lost?), so its scan stopped; its %Ln items keep what the catalogue knew, as they are for the rest of the team: scan again once it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{name}: its %Ln chapters are an evenly spaced draft, not the speakers&apos; real starts: not published (confirm or place them in the player first).</source>
        <translation>
            <numerusform>{name}: its %Ln chapter is an evenly spaced draft, not the speaker&apos;s real start: not published (confirm or place it in the player first).</numerusform>
            <numerusform>{name}: its %Ln chapters are an evenly spaced draft, not the speakers&apos; real starts: not published (confirm or place them in the player first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln items go out without their alt text: it is still a suggested draft (finish it in the caption editor, Ctrl+Shift+X, and remove the draft marker).</source>
        <translation>
            <numerusform>%Ln item goes out without its alt text: it is still a suggested draft (finish it in the caption editor, Ctrl+Shift+X, and remove the draft marker).</numerusform>
            <numerusform>%Ln items go out without their alt text: it is still a suggested draft (finish it in the caption editor, Ctrl+Shift+X, and remove the draft marker).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln documents go out with their own metadata (author and editor names, software, dates, and that of pictures inside them): clear it in the document&apos;s own program before publishing if it should not be seen.</source>
        <translation>
            <numerusform>%Ln document goes out with its own metadata (author and editor names, software, dates, and that of pictures inside it): clear it in the document&apos;s own program before publishing if it should not be seen.</numerusform>
            <numerusform>%Ln documents go out with their own metadata (author and editor names, software, dates, and that of pictures inside them): clear it in the document&apos;s own program before publishing if it should not be seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln decks are left out ({name}): {why}.</source>
        <translation>
            <numerusform>%Ln deck is left out ({name}): {why}.</numerusform>
            <numerusform>%Ln decks are left out ({name}): {why}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>IPTC-IIM {value} holds at most {limit} bytes: shortened there for %Ln items ({name}); the XMP copy, which Lightroom and digiKam show, is whole.</source>
        <translation>
            <numerusform>IPTC-IIM {value} holds at most {limit} bytes: shortened there for %Ln item ({name}); the XMP copy, which Lightroom and digiKam show, is whole.</numerusform>
            <numerusform>IPTC-IIM {value} holds at most {limit} bytes: shortened there for %Ln items ({name}); the XMP copy, which Lightroom and digiKam show, is whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unknown tokens {value} in name template; use {other}</source>
        <translation>
            <numerusform>Unknown token {value} in name template; use {other}</numerusform>
            <numerusform>Unknown tokens {value} in name template; use {other}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sessions no longer in the programme were left alone: {value}</source>
        <translation>
            <numerusform>%Ln session no longer in the programme was left alone: {value}</numerusform>
            <numerusform>%Ln sessions no longer in the programme were left alone: {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{where}: the header lacks the columns {value}</source>
        <translation>
            <numerusform>{where}: the header lacks the column {value}</numerusform>
            <numerusform>{where}: the header lacks the columns {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln speaker chapters spread evenly (a draft)</source>
        <translation>
            <numerusform>%Ln speaker chapter spread evenly (a draft)</numerusform>
            <numerusform>%Ln speaker chapters spread evenly (a draft)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln files written</source>
        <translation>
            <numerusform>%Ln file written</numerusform>
            <numerusform>%Ln files written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln held back</numerusform>
            <numerusform>%Ln held back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln published by override</source>
        <translation>
            <numerusform>%Ln published by override</numerusform>
            <numerusform>%Ln published by override</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No items with ids {value}.</source>
        <translation>
            <numerusform>No item with id {value}.</numerusform>
            <numerusform>No items with ids {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Items {value} are not in the collection.</source>
        <translation>
            <numerusform>Item {value} is not in the collection.</numerusform>
            <numerusform>Items {value} are not in the collection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{target} does not hold this folder&apos;s files (none of %Ln catalogued files is there); check the path.</source>
        <translation>
            <numerusform>{target} does not hold this folder&apos;s files (its %Ln catalogued file is not there); check the path.</numerusform>
            <numerusform>{target} does not hold this folder&apos;s files (none of %Ln catalogued files is there); check the path.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&apos;{value}&apos;: there are %Ln programme days.</source>
        <translation>
            <numerusform>&apos;{value}&apos;: there is %Ln programme day.</numerusform>
            <numerusform>&apos;{value}&apos;: there are %Ln programme days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/schedule_editor.py" line="-261"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message numerus="yes">
        <location filename="../../gui/widgets/scope_bar.py" line="+326"/>
        <source>%Ln+ items</source>
        <translation>
            <numerusform>%Ln+ item</numerusform>
            <numerusform>%Ln+ items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidecarSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/sidecar_summary.py" line="+126"/>
        <source>%Ln of %2 items: sidecar written</source>
        <translation>
            <numerusform>%Ln of %2 items: sidecar written</numerusform>
            <numerusform>%Ln of %2 items: sidecars written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln of %2 items changed from their sidecars (Edit &gt; Undo reverts it)</source>
        <translation>
            <numerusform>%Ln of %2 items changed from their sidecars (Edit &gt; Undo reverts it)</numerusform>
            <numerusform>%Ln of %2 items changed from their sidecars (Edit &gt; Undo reverts it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln already up to date</source>
        <translation>
            <numerusform>%Ln already up to date</numerusform>
            <numerusform>%Ln already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidecars</name>
    <message numerus="yes">
        <location filename="../../gui/controllers/sidecars.py" line="+29"/>
        <source>Writing %Ln XMP sidecars</source>
        <translation>
            <numerusform>Writing %Ln XMP sidecar</numerusform>
            <numerusform>Writing %Ln XMP sidecars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reading %Ln XMP sidecars</source>
        <translation>
            <numerusform>Reading %Ln XMP sidecar</numerusform>
            <numerusform>Reading %Ln XMP sidecars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarsField</name>
    <message numerus="yes">
        <location filename="../../gui/widgets/fields.py" line="+311"/>
        <source>%n stars (key %1)</source>
        <translation>
            <numerusform>%n star (key %1)</numerusform>
            <numerusform>%n stars (key %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="+43"/>
        <source>Ok, with %n warnings</source>
        <translation>
            <numerusform>Ok, with %n warning</numerusform>
            <numerusform>Ok, with %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <location filename="../../gui/views/timeline.py" line="+100"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln outside</source>
        <translation>
            <numerusform>%Ln outside</numerusform>
            <numerusform>%Ln outside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../../gui/undo.py" line="+219"/>
        <source>Undoing “%1” changes %Ln items.</source>
        <translation>
            <numerusform>Undoing “%1” changes %Ln item.</numerusform>
            <numerusform>Undoing “%1” changes %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifySummaryDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/verify_summary.py" line="+100"/>
        <source>%Ln files checked</source>
        <translation>
            <numerusform>%Ln file checked</numerusform>
            <numerusform>%Ln files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln damaged: the bytes changed although size and date did not (bit rot or a bad copy); they are listed under Problems &gt; Errors.</source>
        <translation>
            <numerusform>%Ln damaged: its bytes changed although size and date did not (bit rot or a bad copy); it is listed under Problems &gt; Errors.</numerusform>
            <numerusform>%Ln damaged: the bytes changed although size and date did not (bit rot or a bad copy); they are listed under Problems &gt; Errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln no longer there.</source>
        <translation>
            <numerusform>%Ln no longer there.</numerusform>
            <numerusform>%Ln no longer there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln edited since the last scan: rescan them.</source>
        <translation>
            <numerusform>%Ln edited since the last scan: rescan it.</numerusform>
            <numerusform>%Ln edited since the last scan: rescan them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln could not be checked.</source>
        <translation>
            <numerusform>%Ln could not be checked.</numerusform>
            <numerusform>%Ln could not be checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln on folders or drives that are not connected were not checked.</source>
        <translation>
            <numerusform>%Ln on a folder or drive that is not connected was not checked.</numerusform>
            <numerusform>%Ln on folders or drives that are not connected were not checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <location filename="../../gui/workspace.py" line="+394"/>
        <location line="+11"/>
        <source>%1 of %Ln selected</source>
        <translation>
            <numerusform>%1 of %Ln selected</numerusform>
            <numerusform>%1 of %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the first %Ln photos</source>
        <translation>
            <numerusform>the first %Ln photo</numerusform>
            <numerusform>the first %Ln photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DayTimeline</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/clocks.py" line="-714"/>
        <source>Bars: items per 5 minutes, a recording in each 5 minutes it runs through; a line under them: a recording, start to end. Blue: in or near a session; orange: no session within %Ln minutes (the assignment leaves them out).</source>
        <translation>
            <numerusform>Bars: items per 5 minutes, a recording in each 5 minutes it runs through; a line under them: a recording, start to end. Blue: in or near a session; orange: no session within %Ln minute (the assignment leaves them out).</numerusform>
            <numerusform>Bars: items per 5 minutes, a recording in each 5 minutes it runs through; a line under them: a recording, start to end. Blue: in or near a session; orange: no session within %Ln minutes (the assignment leaves them out).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+178"/>
        <source>%Ln of this camera</source>
        <translation>
            <numerusform>%Ln of this camera</numerusform>
            <numerusform>%Ln of this camera</numerusform>
        </translation>
    </message>
</context>
</TS>
