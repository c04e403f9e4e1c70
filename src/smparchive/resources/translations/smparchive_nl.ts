<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="+96"/>
        <source>smparchive: unexpected error</source>
        <translation>smparchive: onverwachte fout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: %1

The details are in the log file:
%2

Your catalogue is safe; you can go on working or restart the app.</source>
        <translation>Er is iets misgegaan: %1

De details staan in het logbestand:
%2

Uw catalogus is veilig; u kunt verder werken of de app opnieuw starten.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Cannot open the catalogue</source>
        <translation>Kan de catalogus niet openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smparchive cannot open %1.</source>
        <translation>smparchive kan %1 niet openen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has not been changed.</source>
        <translation>Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Another…</source>
        <translation>Een andere openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Catalogue…</source>
        <translation>Nieuwe catalogus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open Catalogue</source>
        <translation>Catalogus openen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The catalogue is damaged</source>
        <translation>De catalogus is beschadigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite found damage in %1:
%2

Stop editing, keep a copy of the file and restore it from a backup. The details are in the log file.</source>
        <translation>SQLite vond schade in %1:
%2

Stop met bewerken, bewaar een kopie van het bestand en zet het terug vanuit een back-up. De details staan in het logbestand.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the catalogue</source>
        <translation>Catalogus controleren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>smparchive closed unexpectedly</source>
        <translation>smparchive is onverwacht gesloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smparchive stopped unexpectedly on %1: it crashed. Changes saved before that are in the catalogue.

What it was doing is in this file; please send it with your report:
%2</source>
        <translation>smparchive is op %1 onverwacht gestopt: het is gecrasht. Wijzigingen die daarvoor zijn opgeslagen, staan in de catalogus.

Wat het aan het doen was, staat in dit bestand; stuur het mee met uw melding:
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the Folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../gui/dialogs/assignment.py" line="+333"/>
        <source>Assign Items to Sessions</source>
        <translation>Items aan sessies toewijzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes and choices</source>
        <translation>Wijzigingen en keuzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept Selected</source>
        <translation>Selectie aanvaarden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject Selected</source>
        <translation>Selectie weigeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply Accepted</source>
        <translation>Aanvaarde toepassen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Working out proposals…</source>
        <translation>Voorstellen worden berekend…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every accepted proposal is applied.</source>
        <translation>Alle aanvaarde voorstellen zijn toegepast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item needs a change of session.</source>
        <translation>Geen enkel item hoeft van sessie te veranderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose “Everything” under Show to see every item and its session.</source>
        <translation>Kies ‘Alles’ bij Tonen om elk item en zijn sessie te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Apply %Ln Accepted</source>
        <translation>
            <numerusform>%Ln aanvaarde toepassen</numerusform>
            <numerusform>%Ln aanvaarde toepassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-45"/>
        <source>Assigned %Ln items to sessions.</source>
        <translation>
            <numerusform>%Ln item aan zijn sessie toegewezen.</numerusform>
            <numerusform>%Ln items aan sessies toegewezen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: %2, %3 (assign them by hand).</source>
        <translation>%1: %2, %3 (wijs ze met de hand toe).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
            <numerusform>%Ln zou van sessie veranderen</numerusform>
            <numerusform>%Ln zouden van sessie veranderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need a choice</source>
        <translation>
            <numerusform>%Ln vraagt een keuze</numerusform>
            <numerusform>%Ln vragen een keuze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1, captured %2: %3 → %4. %5: %6</source>
        <translation>%1, opgenomen op %2: %3 → %4. %5: %6</translation>
    </message>
</context>
<context>
    <name>CamerasModel</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="+72"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
</context>
<context>
    <name>CaptionEditor</name>
    <message>
        <location filename="../../gui/widgets/caption_editor.py" line="+229"/>
        <source>%1: language · %2: apply, back to the grid</source>
        <translation>%1: taal · %2: toepassen, terug naar het raster</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text</source>
        <translation>Alternatieve tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in a draft from the session, room, day and people tagged: it says who and where; describe the picture, then remove the draft marker</source>
        <translation>Een concept invullen op basis van de sessie, zaal, dag en getagde personen: het zegt wie en waar; beschrijf de foto en verwijder dan de conceptmarkering</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: language · %2: apply, back to the details</source>
        <translation>%1: taal · %2: toepassen, terug naar de details</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Texts in %1 filled in</source>
        <translation>Teksten in %1 ingevuld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text in %1 yet</source>
        <translation>Nog geen tekst in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tekens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>long for a screen reader: shorten it</source>
        <translation>lang voor een schermlezer: maak hem korter</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="+240"/>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="+497"/>
        <source>Camera Clocks</source>
        <translation>Cameraklokken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correction (added to what the camera wrote):</source>
        <translation>Correctie (opgeteld bij wat de camera noteerde):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Apply Correction</source>
        <translation>Correctie toepassen</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>%1: correction %2 → %3; %4 (%5).</source>
        <translation>%1: correctie %2 → %3; %4 (%5).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln of its items on this day would be left out of every session</source>
        <translation>
            <numerusform>%Ln van zijn items op deze dag zou buiten elke sessie blijven</numerusform>
            <numerusform>%Ln van zijn items op deze dag zouden buiten elke sessie blijven</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none of its items on this day would be left out of every session</source>
        <translation>geen van zijn items op deze dag zou buiten elke sessie blijven</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>none within %Ln minutes</source>
        <translation>
            <numerusform>geen binnen %Ln minuut</numerusform>
            <numerusform>geen binnen %Ln minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Assigning to sessions afterwards would move %Ln items.</source>
        <translation>
            <numerusform>Daarna toewijzen aan sessies zou %Ln item verplaatsen.</numerusform>
            <numerusform>Daarna toewijzen aan sessies zou %Ln items verplaatsen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigning to sessions afterwards would move none of them.</source>
        <translation>Daarna toewijzen aan sessies zou geen enkel item verplaatsen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose an item above to pin it to the time it shows.</source>
        <translation>Kies hierboven een item om het vast te zetten op de tijd die het toont.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was really taken at:</source>
        <translation>%1 is in werkelijkheid gemaakt om:</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../gui/commands.py" line="+43"/>
        <source>New Catalogue</source>
        <translation>Nieuwe catalogus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open It</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Another Name…</source>
        <translation>Een andere naam kiezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Name of the new collection (the %Ln selected items go in it):</source>
        <translation>
            <numerusform>Naam van de nieuwe collectie (%Ln geselecteerd item komt erin):</numerusform>
            <numerusform>Naam van de nieuwe collectie (de %Ln geselecteerde items komen erin):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Catalogue</source>
        <translation>Catalogus openen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Folder to the Catalogue</source>
        <translation>Map aan de catalogus toevoegen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New Collection</source>
        <translation>Nieuwe collectie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The search cannot be saved as typed: correct it first (the line under the search field says why).</source>
        <translation>De zoekopdracht kan niet worden bewaard zoals getypt: verbeter ze eerst (de regel onder het zoekveld zegt waarom).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a search first: a smart collection saves the search.</source>
        <translation>Typ eerst een zoekopdracht: een slimme collectie bewaart de zoekopdracht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Smart Collection</source>
        <translation>Nieuwe slimme collectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for the search “%1”:</source>
        <translation>Naam voor de zoekopdracht ‘%1’:</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="+247"/>
        <source>Move in the grid (%1 extends the selection)</source>
        <translation>In het raster bewegen (%1 breidt de selectie uit)</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="+88"/>
        <source>About smparchive</source>
        <translation>Over smparchive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;smparchive %1&lt;/h3&gt;&lt;p&gt;Catalogue, organise, view and export conference media: photos, recordings and slide decks, by day and session.&lt;/p&gt;&lt;p&gt;Catalogue: %2&lt;br&gt;Logs: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smparchive %1&lt;/h3&gt;&lt;p&gt;Conferentiemedia catalogiseren, ordenen, bekijken en exporteren: foto’s, opnames en presentaties, per dag en per sessie.&lt;/p&gt;&lt;p&gt;Catalogus: %2&lt;br&gt;Logboeken: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../gui/conflict_box.py" line="+49"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep theirs</source>
        <translation>Hun waarde houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply mine</source>
        <translation>Mijn waarde toepassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use mine</source>
        <translation>Mijn waarde gebruiken</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <location filename="../../gui/context_menus.py" line="+62"/>
        <source>Export “%1”…</source>
        <translation>‘%1’ exporteren…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Not for Publication</source>
        <translation>&amp;Niet voor publicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do Not &amp;Record</source>
        <translation>Niet &amp;opnemen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete from Every Item…</source>
        <translation>Van alle items verwijderen…</translation>
    </message>
</context>
<context>
    <name>DeckViewer</name>
    <message numerus="yes">
        <location filename="../../gui/viewers/deck.py" line="+451"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln pagina</numerusform>
            <numerusform>%Ln pagina’s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../gui/edit_names.py" line="+33"/>
        <source>Pick</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflag</source>
        <translation>Vlag verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove label</source>
        <translation>Label verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in point</source>
        <translation>Inpunt instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set out point</source>
        <translation>Uitpunt instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear in/out points</source>
        <translation>In-/uitpunten wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set poster frame</source>
        <translation>Posterbeeld instellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit in the viewer</source>
        <translation>In de viewer bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read sidecars</source>
        <translation>Sidecars lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename %1 to %2</source>
        <translation>%1 hernoemen naar %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge %1 into %2</source>
        <translation>%1 samenvoegen met %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New smart collection</source>
        <translation>Slimme collectie aanmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to collection</source>
        <translation>Aan collectie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from collection</source>
        <translation>Uit de collectie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder collection</source>
        <translation>Collectie herschikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to sessions</source>
        <translation>Aan sessies toewijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on face detection</source>
        <translation>Gezichtsherkenning inschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off face detection</source>
        <translation>Gezichtsherkenning uitschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm faces</source>
        <translation>Gezichten bevestigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject faces</source>
        <translation>Gezichten afwijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sidecar policy</source>
        <translation>Sidecarbeleid wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create event</source>
        <translation>Evenement aanmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event</source>
        <translation>Evenement bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>Dag toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session</source>
        <translation>Sessie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit session</source>
        <translation>Sessie bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import programme</source>
        <translation>Programma importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut into sessions</source>
        <translation>In sessies knippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move start of %1</source>
        <translation>Begin van %1 verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move end of %1</source>
        <translation>Einde van %1 verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add captions to %1</source>
        <translation>Ondertitels toevoegen aan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a chapter to %1</source>
        <translation>Een hoofdstuk toevoegen aan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the chapters of %1</source>
        <translation>Hoofdstukken van %1 bevestigen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tag %1</source>
        <translation>%1 taggen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New collection %1</source>
        <translation>Collectie %1 aanmaken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to %1</source>
        <translation>Toevoegen aan %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate %1</source>
        <translation>Beoordelen met %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name faces %1</source>
        <translation>Gezichten benoemen als %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw consent of %1</source>
        <translation>Toestemming van %1 intrekken</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../gui/widgets/history.py" line="+65"/>
        <source>Take out of its session</source>
        <translation>Uit zijn sessie halen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to %1</source>
        <translation>Aan %1 toewijzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear %1 (%2)</source>
        <translation>%1 (%2) wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 (%2) to %3</source>
        <translation>%1 (%2) wijzigen in %3</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/history.py" line="+15"/>
        <source>Change collection</source>
        <translation>Collectie wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete collection</source>
        <translation>Collectie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate collection</source>
        <translation>Collectie dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder options</source>
        <translation>Mapopties wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change keyword</source>
        <translation>Trefwoord wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete day</source>
        <translation>Dag verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/edit_names.py" line="-132"/>
        <location filename="../../gui/widgets/history.py" line="+1"/>
        <source>Rename day</source>
        <translation>Dag hernoemen</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/history.py" line="+1"/>
        <source>Delete event</source>
        <translation>Evenement verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore camera boilerplate captions</source>
        <translation>Standaardbijschriften van camera’s negeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create keyword %1</source>
        <translation>Trefwoord %1 aanmaken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set %1 handle</source>
        <translation>%1-account instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 handle</source>
        <translation>%1-account wissen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct clock of %1 by %2</source>
        <translation>Klok van %1 corrigeren met %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove clock correction of %1</source>
        <translation>Klokcorrectie van %1 verwijderen</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Set consent of %1</source>
        <translation>Toestemming van %1 instellen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="+196"/>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1</source>
        <translation>Opnieuw gedaan: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="+113"/>
        <source>Web (long edge 2048 px)</source>
        <translation>Web (lange zijde 2048 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals (byte-identical copies)</source>
        <translation>Originelen (byte-identieke kopieën)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media crops (1:1, 4:5, 16:9)</source>
        <translation>Uitsneden voor sociale media (1:1, 4:5, 16:9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnails (long edge 400 px)</source>
        <translation>Miniaturen (lange zijde 400 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom size, format and quality</source>
        <translation>Eigen grootte, formaat en kwaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for LinkedIn</source>
        <translation>Bericht voor LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for Mastodon</source>
        <translation>Bericht voor Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for Instagram (4:5 crop)</source>
        <translation>Bericht voor Instagram (bijgesneden 4:5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for X (Twitter)</source>
        <translation>Bericht voor X (Twitter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for Facebook</source>
        <translation>Bericht voor Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (images for a CMS)</source>
        <translation>Website (afbeeldingen voor een CMS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP file</source>
        <translation>ZIP-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BagIt bag (for archives)</source>
        <translation>BagIt-pakket (voor archieven)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public (publication)</source>
        <translation>Publiek (publicatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal use</source>
        <translation>Intern gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive hand-over (no consent check)</source>
        <translation>Overdracht aan het archief (zonder toestemmingscontrole)</translation>
    </message>
    <message>
        <location line="+212"/>
        <location line="+232"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Reading the selection…</source>
        <translation>Selectie wordt gelezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Long edge</source>
        <translation>Lange zijde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the folder the export goes into</source>
        <translation>Kies de map waarin de export komt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a publication page (index.html)</source>
        <translation>Een publicatiepagina toevoegen (index.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… where the page will be published</source>
        <translation>https://… waar de pagina gepubliceerd wordt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export items whose consent is unknown</source>
        <translation>Items met onbekende toestemming exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the people shown in the metadata</source>
        <translation>De afgebeelde personen in de metadata vermelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur the faces of people who may not be shown</source>
        <translation>Gezichten vervagen van mensen die niet getoond mogen worden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos held back only because they show someone whose consent is withdrawn (or who may not be shown to this audience) go out with that person&apos;s confirmed face blurred. Resized copies only; the originals are not changed.</source>
        <translation>Foto&apos;s die alleen worden tegengehouden omdat ze iemand tonen die zijn toestemming heeft ingetrokken (of die niet aan dit publiek getoond mag worden), gaan weg met het bevestigde gezicht van die persoon vervaagd. Alleen verkleinde kopieën; de originelen worden niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also blur faces nobody has named</source>
        <translation>Ook gezichten zonder naam vervagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every face not confirmed as a person is blurred too (bystanders).</source>
        <translation>Elk gezicht dat niet als een persoon is bevestigd, wordt ook vervaagd (omstanders).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manifest for Excel (CSV with a byte order mark)</source>
        <translation>Manifest voor Excel (CSV met bytevolgordemarkering)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without it, Excel on Windows shows accented letters in manifest.csv wrongly.</source>
        <translation>Zonder dit toont Excel in Windows letters met accenten in manifest.csv verkeerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut clips precisely (re-encode each clip)</source>
        <translation>Fragmenten nauwkeurig knippen (elk fragment opnieuw coderen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips always open on the segment&apos;s first picture: only the few seconds up to the next keyframe are re-encoded. Precise re-encodes the whole clip, sound cut to the sample too: exact, but a full encode (tens of minutes for an hour of 1080p video on a laptop) instead of seconds.</source>
        <translation>Fragmenten beginnen altijd bij het eerste beeld van het segment: alleen de paar seconden tot het volgende sleutelbeeld worden opnieuw gecodeerd. Precies codeert het hele fragment opnieuw, ook het geluid tot op de sample: exact, maar een volledige codering (tientallen minuten voor een uur 1080p-video op een laptop) in plaats van seconden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preset:</source>
        <translation>Voorinstelling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as:</source>
        <translation>Exporteren als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into folder:</source>
        <translation>In de map:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File names:</source>
        <translation>Bestandsnamen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience:</source>
        <translation>Publiek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of texts:</source>
        <translation>Taal van de teksten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page address:</source>
        <translation>Adres van de pagina:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who decided to publish them</source>
        <translation>Wie besliste ze te publiceren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why publishing them is justified</source>
        <translation>Waarom publicatie gerechtvaardigd is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by:</source>
        <translation>Beslist door:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+12"/>
        <location line="+551"/>
        <source>Preflight</source>
        <translation>Voorafcontrole</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>Open Folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+888"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="-843"/>
        <source>Write post.txt, post.md and alt-text.txt</source>
        <translation>post.txt, post.md en alt-text.txt schrijven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#Hashtags (default: the event&apos;s acronym)</source>
        <translation>#Hashtags (standaard: de afkorting van het evenement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post text appears after the check.</source>
        <translation>De tekst van het bericht verschijnt na de controle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+720"/>
        <source>Copy post text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <location line="-678"/>
        <source>Hashtags:</source>
        <translation>Hashtags:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>selection</source>
        <translation>selectie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>search</source>
        <translation>zoekopdracht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the selection</source>
        <translation>Selectie lezen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>+ %Ln clips</source>
        <translation>
            <numerusform>+ %Ln videofragment</numerusform>
            <numerusform>+ %Ln videofragmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Export %Ln clips</source>
        <translation>
            <numerusform>%Ln videofragment exporteren</numerusform>
            <numerusform>%Ln videofragmenten exporteren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the collection “%1” (%Ln items)</source>
        <translation>
            <numerusform>De collectie ‘%1’ exporteren (%Ln item)</numerusform>
            <numerusform>De collectie ‘%1’ exporteren (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the session “%1” (%Ln items)</source>
        <translation>
            <numerusform>De sessie ‘%1’ exporteren (%Ln item)</numerusform>
            <numerusform>De sessie ‘%1’ exporteren (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export %1 (%Ln items)</source>
        <translation>
            <numerusform>%1 exporteren (%Ln item)</numerusform>
            <numerusform>%1 exporteren (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the search “%1” (%Ln items)</source>
        <translation>
            <numerusform>De zoekopdracht ‘%1’ exporteren (%Ln item)</numerusform>
            <numerusform>De zoekopdracht ‘%1’ exporteren (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Export what “%1” shows, as filtered (%Ln items)</source>
        <translation>
            <numerusform>Exporteren wat ‘%1’ toont, gefilterd (%Ln item)</numerusform>
            <numerusform>Exporteren wat ‘%1’ toont, gefilterd (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export what “%1” shows (%Ln items)</source>
        <translation>
            <numerusform>Exporteren wat ‘%1’ toont (%Ln item)</numerusform>
            <numerusform>Exporteren wat ‘%1’ toont (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the selection (%Ln items)</source>
        <translation>
            <numerusform>De selectie exporteren (%Ln item)</numerusform>
            <numerusform>De selectie exporteren (%Ln items)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export “%1”</source>
        <translation>‘%1’ exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the search “%1”</source>
        <translation>De zoekopdracht ‘%1’ exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selection</source>
        <translation>De selectie exporteren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export into Folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Example: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+90"/>
        <location line="+152"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Kies de map waarin de export komt.</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Settings changed: checking again…</source>
        <translation>Instellingen gewijzigd: opnieuw controleren…</translation>
    </message>
    <message>
        <location line="-505"/>
        <location line="+553"/>
        <source>Publishing held-back items needs who decided and why.</source>
        <translation>Voor het publiceren van tegengehouden items is nodig wie besliste en waarom.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>An export or a check is running.</source>
        <translation>Er loopt een export of een controle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported. Change a setting or press Preflight to export again.</source>
        <translation>Geëxporteerd. Wijzig een instelling of klik op Voorafcontrole om opnieuw te exporteren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name pattern is not valid (see below it).</source>
        <translation>Het patroon voor bestandsnamen is ongeldig (zie eronder).</translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>Warnings about %Ln items:</source>
        <translation>
            <numerusform>Waarschuwingen over %Ln item:</numerusform>
            <numerusform>Waarschuwingen over %Ln items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>All %Ln held-back items are ticked and go out as well.</source>
        <translation>
            <numerusform>%Ln tegengehouden item is aangevinkt en gaat ook mee.</numerusform>
            <numerusform>Alle %Ln tegengehouden items zijn aangevinkt en gaan ook mee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of the held-back items are ticked and go out as well.</source>
        <translation>
            <numerusform>%Ln van de tegengehouden items is aangevinkt en gaat ook mee.</numerusform>
            <numerusform>%Ln van de tegengehouden items zijn aangevinkt en gaan ook mee.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+265"/>
        <source>%1 was not exported: %2</source>
        <translation>%1 is niet geëxporteerd: %2</translation>
    </message>
    <message>
        <location line="-982"/>
        <location line="+518"/>
        <source>Checking what goes out…</source>
        <translation>Controleren wat er geëxporteerd wordt…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Export (%1)</source>
        <translation>Exporteren (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing can go out: every item is held back or unavailable.</source>
        <translation>Er kan niets uit: elk item wordt tegengehouden of is niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+68"/>
        <source>Export preflight</source>
        <translation>Voorafcontrole van de export</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>To export: %1 as %2 (about %3), named %4.</source>
        <translation>Te exporteren: %1 als %2 (ongeveer %3) met de naam %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
            <numerusform>%Ln bestand</numerusform>
            <numerusform>%Ln bestanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-278"/>
        <source>%1 is already in that folder: unless it holds the same files, this export will be named %2.</source>
        <translation>%1 staat al in die map: tenzij die dezelfde bestanden bevat, krijgt deze export de naam %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln teken</numerusform>
            <numerusform>%Ln tekens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over %1&apos;s limit: shorten the captions or the hashtags</source>
        <translation>boven de limiet van %1: kort de bijschriften of de hashtags in</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Exported %1 (%2, %3) to %4.</source>
        <translation>Geëxporteerd: %1 (%2, %3) naar %4.</translation>
    </message>
    <message numerus="yes">
        <location line="-240"/>
        <source>%Ln items are held back; tick those to publish anyway.</source>
        <translation>
            <numerusform>%Ln item wordt tegengehouden; vink het aan om het toch te publiceren.</numerusform>
            <numerusform>%Ln items worden tegengehouden; vink aan wat u toch wilt publiceren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Tokens: %1. %2 and %3 are when the item was taken, %4 and %5 the programme day it belongs to (a session after midnight stays on the day it began). Slashes make folders, e.g. %6</source>
        <translation>Velden: %1. %2 en %3 zijn het moment waarop het item is gemaakt, %4 en %5 de programmadag waartoe het behoort (een sessie na middernacht blijft op de dag waarop ze begon). Schuine strepen maken mappen, bv. %6</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sites that preview a shared link (LinkedIn, Mastodon, Facebook) show the page&apos;s cover picture only when the page names its full address. The last address given for the event is offered again.</source>
        <translation>Sites die een voorbeeld van een gedeelde link tonen (LinkedIn, Mastodon, Facebook) tonen de omslagafbeelding van de pagina alleen als de pagina haar volledige adres vermeldt. Het laatste adres dat voor het evenement is opgegeven, wordt opnieuw voorgesteld.</translation>
    </message>
    <message numerus="yes">
        <location line="+758"/>
        <source>%Ln originals go with an XMP sidecar holding the catalogue&apos;s texts (Lightroom, digiKam and exiftool read it).</source>
        <translation>
            <numerusform>%Ln origineel krijgt een XMP-sidecarbestand met de teksten uit de catalogus (Lightroom, digiKam en exiftool lezen het).</numerusform>
            <numerusform>%Ln originelen krijgen elk een XMP-sidecarbestand met de teksten uit de catalogus (Lightroom, digiKam en exiftool lezen het).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln items are unavailable and cannot be exported.</source>
        <translation>
            <numerusform>%Ln item is niet beschikbaar en kan niet worden geëxporteerd.</numerusform>
            <numerusform>%Ln items zijn niet beschikbaar en kunnen niet worden geëxporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln photos go out with faces blurred: %1.</source>
        <translation>
            <numerusform>%Ln foto gaat weg met vervaagde gezichten: %1.</numerusform>
            <numerusform>%Ln foto&apos;s gaan weg met vervaagde gezichten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The folder %1 does not exist yet: Export makes it.</source>
        <translation>De map %1 bestaat nog niet: exporteren maakt haar aan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>To export: nothing.</source>
        <translation>Te exporteren: niets.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln faces nobody has named</source>
        <translation>
            <numerusform>%Ln gezicht zonder naam</numerusform>
            <numerusform>%Ln gezichten zonder naam</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tekens</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no alt text</source>
        <translation>geen alternatieve tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a photo of the post: its alt text</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln photos with the post and their alt texts:</source>
        <translation>
            <numerusform>%Ln foto bij het bericht en de alternatieve tekst:</numerusform>
            <numerusform>%Ln foto&apos;s bij het bericht en hun alternatieve teksten:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not cropped: the whole picture, long edge %1 px</source>
        <translation>Niet bijgesneden: de hele foto, lange zijde %1 px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cropped to %1:%2 around the focus point</source>
        <translation>Bijgesneden tot %1:%2 rond het focuspunt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the crop preview</source>
        <translation>Voorbeeld van de uitsnede laden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the manifests and checking the files…</source>
        <translation>De manifesten schrijven en de bestanden controleren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln items were held back.</source>
        <translation>
            <numerusform>%Ln item werd tegengehouden.</numerusform>
            <numerusform>%Ln items werden tegengehouden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln items were published by override (recorded in the history).</source>
        <translation>
            <numerusform>%Ln item werd bij uitzondering gepubliceerd (vastgelegd in de geschiedenis).</numerusform>
            <numerusform>%Ln items werden bij uitzondering gepubliceerd (vastgelegd in de geschiedenis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln photos went out with faces blurred (whose: recorded in the history).</source>
        <translation>
            <numerusform>%Ln foto is weggegaan met vervaagde gezichten (van wie: opgetekend in de geschiedenis).</numerusform>
            <numerusform>%Ln foto&apos;s zijn weggegaan met vervaagde gezichten (van wie: opgetekend in de geschiedenis).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The export failed: %1</source>
        <translation>De export is mislukt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; nothing was left in the target.</source>
        <translation>De export werd geannuleerd; er bleef niets achter op de bestemming.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>ExportHistoryDialog</name>
    <message>
        <location filename="../../gui/dialogs/export_history.py" line="+99"/>
        <source>Export History</source>
        <translation>Exportgeschiedenis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the history…</source>
        <translation>Geschiedenis wordt gelezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Items</source>
        <translation>Items tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Folder</source>
        <translation>Map openen</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln exports, newest first.</source>
        <translation>
            <numerusform>%Ln export, nieuwste eerst.</numerusform>
            <numerusform>%Ln exports, nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been exported from this catalogue yet.</source>
        <translation>Uit deze catalogus is nog niets geëxporteerd.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export of %1</source>
        <translation>Export van %1</translation>
    </message>
</context>
<context>
    <name>ExportHistoryModel</name>
    <message>
        <location line="-160"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done</source>
        <translation>Gedeeltelijk klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP file</source>
        <translation>ZIP-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BagIt bag</source>
        <translation>BagIt-pakket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overrides</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Bestemming</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../gui/controllers/exporting.py" line="+72"/>
        <source>Select the items to export first.</source>
        <translation>Selecteer eerst de items die u wilt exporteren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to export: the view is empty.</source>
        <translation>Niets te exporteren: de weergave is leeg.</translation>
    </message>
</context>
<context>
    <name>FaceModel</name>
    <message>
        <location filename="../../gui/dialogs/people.py" line="+82"/>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown person %1</source>
        <translation>Onbekende persoon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sure</source>
        <translation>%1 zeker</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../gui/field_views.py" line="+47"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from</source>
        <translation>Tijd uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lens</source>
        <translation>Lens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Afmetingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Vlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+205"/>
        <source>Consent note</source>
        <translation>Toestemmingsnotitie</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Vermelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set rating</source>
        <translation>Beoordeling instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set flag</source>
        <translation>Vlag instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set colour label</source>
        <translation>Kleurlabel instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set consent</source>
        <translation>Toestemming instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set consent note</source>
        <translation>Toestemmingsnotitie instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set creator</source>
        <translation>Maker instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set credit</source>
        <translation>Vermelding instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set copyright</source>
        <translation>Copyright instellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set %1</source>
        <translation>%1 instellen</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Pick (P)</source>
        <translation>Kiezen (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflagged (U)</source>
        <translation>Zonder vlag (U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>Afwijzen (X)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No session</source>
        <translation>Geen sessie</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message numerus="yes">
        <location line="-164"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln pagina</numerusform>
            <numerusform>%Ln pagina’s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fixity</name>
    <message>
        <location filename="../../gui/controllers/fixity.py" line="+44"/>
        <source>Verifying files</source>
        <translation>Bestanden controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifying failed: %1</source>
        <translation>De controle is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>FolderActions</name>
    <message>
        <location filename="../../gui/controllers/folders.py" line="+46"/>
        <source>Rescan This Folder</source>
        <translation>Deze map opnieuw scannen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify This Folder&apos;s Files</source>
        <translation>De bestanden van deze map controleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in the File Manager</source>
        <translation>Openen in bestandsbeheer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find Missing Folder…</source>
        <translation>Ontbrekende map zoeken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from the Catalogue…</source>
        <translation>Uit de catalogus verwijderen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where Is “%1” Now?</source>
        <translation>Waar staat ‘%1’ nu?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Using a folder here</source>
        <translation>Map hier in gebruik nemen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” and its items leave the catalogue, with their ratings, captions, tags and sessions. The files themselves are not touched. This cannot be undone.</source>
        <translation>‘%1’ en de items ervan verdwijnen uit de catalogus, met hun waarderingen, bijschriften, trefwoorden en sessies. De bestanden zelf blijven onaangeroerd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” and its %Ln items leave the catalogue, with their ratings, captions, tags and sessions. The files themselves are not touched. This cannot be undone.</source>
        <translation>
            <numerusform>‘%1’ en het %Ln item ervan verdwijnen uit de catalogus, met de waardering, het bijschrift, de trefwoorden en de sessie. Het bestand zelf blijft onaangeroerd. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>‘%1’ en de %Ln items ervan verdwijnen uit de catalogus, met hun waarderingen, bijschriften, trefwoorden en sessies. De bestanden zelf blijven onaangeroerd. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the Folder from the Catalogue?</source>
        <translation>De map uit de catalogus verwijderen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the team catalogue: the folder leaves it for everyone.</source>
        <translation>Dit is de teamcatalogus: de map verdwijnt eruit voor iedereen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../gui/widgets/history.py" line="-268"/>
        <source>Remove folder %1</source>
        <translation>Map %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>HeldBackModel</name>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="-1369"/>
        <source>Publish anyway</source>
        <translation>Toch publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is held back</source>
        <translation>Waarom het wordt tegengehouden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>; </source>
        <comment>between the reasons an item is held back</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no confirmed face to blur</source>
        <translation>%1: geen bevestigd gezicht om te vervagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unavailable</source>
        <translation>Niet beschikbaar</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../gui/widgets/history.py" line="-66"/>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Vlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent note</source>
        <translation>Toestemmingsnotitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Vermelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright</source>
        <translation>Auteursrecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text</source>
        <translation>Alternatieve tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In point</source>
        <translation>Inpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out point</source>
        <translation>Uitpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster frame</source>
        <translation>Posterbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Focus point</source>
        <translation>Focuspunt</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone</source>
        <translation>Opnieuw gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unflagged</source>
        <translation>Zonder vlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No label</source>
        <translation>Geen label</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No session</source>
        <translation>Geen sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a deleted session</source>
        <translation>een verwijderde sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: → %2</source>
        <translation>%1: → %2</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Add keywords</source>
        <translation>Trefwoorden toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove keywords</source>
        <translation>Trefwoorden verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign to a session</source>
        <translation>Aan een sessie toewijzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return to automatic assignment</source>
        <translation>Terug naar automatische toewijzing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derive capture times</source>
        <translation>Opnametijden afleiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read face regions</source>
        <translation>Gezichtsgebieden lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove folder</source>
        <translation>Map verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit segment</source>
        <translation>Segment wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete segment</source>
        <translation>Segment verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import programme %1</source>
        <translation>Programma %1 importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add segment %1</source>
        <translation>Segment %1 toevoegen</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Left to %1, who made the same change while yours was undone</source>
        <translation>Gelaten aan %1, die dezelfde wijziging maakte terwijl de uwe ongedaan was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left as it is: %1 made the same change</source>
        <translation>Gelaten zoals het is: %1 heeft dezelfde wijziging gemaakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as before the change</source>
        <translation>zoals vóór de wijziging</translation>
    </message>
    <message>
        <location line="+190"/>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <location line="-270"/>
        <source>Delete %n segments</source>
        <translation>
            <numerusform>%n segment verwijderen</numerusform>
            <numerusform>%n segmenten verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location line="+328"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Select one item to see who changed it and when.</source>
        <translation>Selecteer één item om te zien wie het wanneer wijzigde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No changes recorded for this item yet.</source>
        <translation>Nog geen wijzigingen vastgelegd voor dit item.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history could not be read: %1</source>
        <translation>De geschiedenis kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/schedule_editor.py" line="+574"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln toegevoegd</numerusform>
            <numerusform>%Ln toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln bijgewerkt</numerusform>
            <numerusform>%Ln bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln ongewijzigd</numerusform>
            <numerusform>%Ln ongewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions: %1.</source>
        <translation>Sessies: %1.</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <location filename="../../gui/controllers/ingest.py" line="+80"/>
        <source>This cannot be reached, so it was not added:
%1</source>
        <translation>Dit is niet bereikbaar en is niet toegevoegd:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These cannot be reached, so they were not added:
%1</source>
        <translation>Deze zijn niet bereikbaar en zijn niet toegevoegd:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only folders can be added to the catalogue. This is not a folder:
%1</source>
        <translation>Alleen mappen kunnen aan de catalogus worden toegevoegd. Dit is geen map:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only folders can be added to the catalogue. These are not folders:
%1</source>
        <translation>Alleen mappen kunnen aan de catalogus worden toegevoegd. Dit zijn geen mappen:
%1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../gui/widgets/history.py" line="-511"/>
        <source>Add folder %1</source>
        <translation>Map %1 toevoegen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Looking at what was dropped</source>
        <translation>Bekijken wat er is neergezet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Adding %1</source>
        <translation>%1 wordt toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescanning</source>
        <translation>Opnieuw scannen</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Making thumbnails</source>
        <translation>Miniaturen maken</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Finding faces</source>
        <translation>Gezichten zoeken</translation>
    </message>
</context>
<context>
    <name>IngestController</name>
    <message>
        <location line="-72"/>
        <source>The folder “%1” is not at %2 on this computer. Is it at %3?</source>
        <translation>De map ‘%1’ staat op deze computer niet op %2. Staat ze op %3?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder found elsewhere</source>
        <translation>Map elders gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, use it here</source>
        <translation>Ja, hier gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for folders</source>
        <translation>Mappen zoeken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Using a folder here</source>
        <translation>Map hier in gebruik nemen</translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <location filename="../../gui/dialogs/ingest.py" line="+35"/>
        <source>Walk</source>
        <translation>Mappen doorlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue</source>
        <translation>Catalogiseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprints</source>
        <translation>Vingerafdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Previews</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Adding to the catalogue</source>
        <translation>Toevoegen aan de catalogus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run in Background</source>
        <translation>Op de achtergrond uitvoeren</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln bestand</numerusform>
            <numerusform>%Ln bestanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 files/s</source>
        <translation>%1 bestanden/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>about %1 left</source>
        <translation>nog ongeveer %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling… (work done so far is kept)</source>
        <translation>Annuleren… (het werk tot nu toe blijft bewaard)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln completed (left unfinished by an earlier scan)</source>
        <translation>
            <numerusform>%Ln voltooid (onvoltooid gebleven bij een eerdere scan)</numerusform>
            <numerusform>%Ln voltooid (onvoltooid gebleven bij een eerdere scan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln not read this time (read by the next scan)</source>
        <translation>
            <numerusform>%Ln deze keer niet gelezen (de volgende scan leest het)</numerusform>
            <numerusform>%Ln deze keer niet gelezen (de volgende scan leest ze)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln files are back online (they were offline or missing).</source>
        <translation>
            <numerusform>%Ln bestand is weer online (het was offline of ontbrak).</numerusform>
            <numerusform>%Ln bestanden zijn weer online (ze waren offline of ontbraken).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2 (listed below; the files are catalogued as problems, nothing was dropped).</source>
        <translation>%1 en %2 (hieronder opgesomd; de bestanden zijn als problemen gecatalogiseerd, er is niets weggelaten).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln fout</numerusform>
            <numerusform>%Ln fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln waarschuwing</numerusform>
            <numerusform>%Ln waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln of these problems were found while making thumbnails (damage inside a picture shows only when it is decoded).</source>
        <translation>
            <numerusform>%Ln van deze problemen werd gevonden bij het maken van miniaturen (schade binnen in een afbeelding blijkt pas bij het decoderen).</numerusform>
            <numerusform>%Ln van deze problemen werden gevonden bij het maken van miniaturen (schade binnen in een afbeelding blijkt pas bij het decoderen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not reachable from this computer: %1</source>
        <translation>Niet bereikbaar vanaf deze computer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln groups of duplicates (see Problems &gt; Duplicates).</source>
        <translation>
            <numerusform>%Ln groep duplicaten (zie Problemen &gt; Duplicaten).</numerusform>
            <numerusform>%Ln groepen duplicaten (zie Problemen &gt; Duplicaten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Took less than a second.</source>
        <translation>Duur: minder dan een seconde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took %1.</source>
        <translation>Duur: %1.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Scan finished with problems</source>
        <translation>Scan voltooid met problemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan finished</source>
        <translation>Scan voltooid</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+184"/>
        <source>Scan cancelled</source>
        <translation>Scan geannuleerd</translation>
    </message>
    <message numerus="yes">
        <location line="-243"/>
        <source>%Ln of %2 files</source>
        <translation>
            <numerusform>%Ln van %2 bestanden</numerusform>
            <numerusform>%Ln van %2 bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln files seen</source>
        <translation>
            <numerusform>%Ln bestand gezien</numerusform>
            <numerusform>%Ln bestanden gezien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nieuw</numerusform>
            <numerusform>%Ln nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln gewijzigd</numerusform>
            <numerusform>%Ln gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln verplaatst</numerusform>
            <numerusform>%Ln verplaatst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln ongewijzigd</numerusform>
            <numerusform>%Ln ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln catalogued files are not where they were (see Problems &gt; Missing).</source>
        <translation>
            <numerusform>%Ln gecatalogiseerd bestand staat niet meer op zijn plaats (zie Problemen &gt; Ontbrekend).</numerusform>
            <numerusform>%Ln gecatalogiseerde bestanden staan niet meer op hun plaats (zie Problemen &gt; Ontbrekend).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln unchanged documents were re-read with the current reader.</source>
        <translation>
            <numerusform>%Ln ongewijzigd document is opnieuw gelezen met de huidige lezer.</numerusform>
            <numerusform>%Ln ongewijzigde documenten zijn opnieuw gelezen met de huidige lezer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln unchanged files were re-read with the current reader.</source>
        <translation>
            <numerusform>%Ln ongewijzigd bestand is opnieuw gelezen met de huidige lezer.</numerusform>
            <numerusform>%Ln ongewijzigde bestanden zijn opnieuw gelezen met de huidige lezer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Show Them</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review New Items</source>
        <translation>Nieuwe items bekijken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review Changed Items</source>
        <translation>Gewijzigde items bekijken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix Camera Clocks…</source>
        <translation>Cameraklokken corrigeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to Sessions…</source>
        <translation>Aan sessies toewijzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Missing Folder…</source>
        <translation>Ontbrekende map zoeken…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Scan failed</source>
        <translation>Scan mislukt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scan was cancelled; everything catalogued so far is kept.</source>
        <translation>De scan werd geannuleerd; alles wat al gecatalogiseerd is, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../gui/widgets/inspector.py" line="+186"/>
        <source>Culling</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>No session</source>
        <translation>Geen sessie</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keywords and people</source>
        <translation>Trefwoorden en personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add keyword (T)…</source>
        <translation>Trefwoord toevoegen (T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>captions: %1</source>
        <translation>ondertitels: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Segments (%n)</source>
        <translation>
            <numerusform>Segmenten (%n)</numerusform>
            <numerusform>Segmenten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On some of the selected items; click to remove from all</source>
        <translation>Op een deel van de geselecteerde items; klik om het overal te verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to remove</source>
        <translation>Klik om te verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select items in the grid to see and edit them.</source>
        <translation>Selecteer items in het raster om ze te bekijken en te bewerken.</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n of them held back by their session or a person shown</source>
        <translation>
            <numerusform>%n ervan tegengehouden door de sessie of een persoon in beeld</numerusform>
            <numerusform>%n ervan tegengehouden door hun sessie of een persoon in beeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-322"/>
        <location line="+230"/>
        <source>%Ln items selected</source>
        <translation>
            <numerusform>%Ln item geselecteerd</numerusform>
            <numerusform>%Ln items geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Add person (%1)…</source>
        <translation>Persoon toevoegen (%1)…</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n chapters</source>
        <translation>
            <numerusform>%n hoofdstuk</numerusform>
            <numerusform>%n hoofdstukken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n draft chapters, spread evenly</source>
        <translation>
            <numerusform>%n conceptoofdstuk, gelijkmatig verdeeld</numerusform>
            <numerusform>%n conceptoofdstukken, gelijkmatig verdeeld</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+233"/>
        <source>Adding up the selection…</source>
        <translation>De selectie wordt opgeteld…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edits apply to all of them</source>
        <translation>wijzigingen gelden voor allemaal</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No preview: smparchive keeps this file&apos;s name, size, dates and content hash, and does not read inside it.</source>
        <translation>Geen voorbeeld: smparchive bewaart de naam, grootte, datums en inhoudshash van dit bestand, en leest de inhoud niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../gui/models/item_model.py" line="+224"/>
        <source>Consent: %1</source>
        <translation>Toestemming: %1</translation>
    </message>
</context>
<context>
    <name>JobsWidget</name>
    <message>
        <location filename="../../gui/widgets/jobs.py" line="+58"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this job (work done so far is kept)</source>
        <translation>Deze taak stoppen (het werk tot nu toe blijft bewaard)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(+%1 more)</source>
        <translation>(+%1 meer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelling…</source>
        <translation>annuleren…</translation>
    </message>
</context>
<context>
    <name>KindCounts</name>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="+524"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln foto’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln videos</source>
        <translation>
            <numerusform>%Ln video</numerusform>
            <numerusform>%Ln video’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln audio recordings</source>
        <translation>
            <numerusform>%Ln audio-opname</numerusform>
            <numerusform>%Ln audio-opnamen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln slide decks</source>
        <translation>
            <numerusform>%Ln presentatie</numerusform>
            <numerusform>%Ln presentaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln other files</source>
        <translation>
            <numerusform>%Ln ander bestand</numerusform>
            <numerusform>%Ln andere bestanden</numerusform>
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
    <name>Language</name>
    <message>
        <location filename="../../gui/i18n.py" line="+48"/>
        <source>en</source>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+216"/>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>The catalogue server does not answer: %n changes not saved.</source>
        <translation>
            <numerusform>De catalogusserver antwoordt niet: %n wijziging niet opgeslagen.</numerusform>
            <numerusform>De catalogusserver antwoordt niet: %n wijzigingen niet opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue server does not answer: changes are not saved until it is back.</source>
        <translation>De catalogusserver antwoordt niet: wijzigingen worden pas opgeslagen als hij terug is.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept, and saved when the catalogue server answers again: %1</source>
        <translation>Bewaard, en opgeslagen zodra de catalogusserver weer antwoordt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved, the catalogue server does not answer: %1</source>
        <translation>Niet opgeslagen, de catalogusserver antwoordt niet: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Still saving: %1 (the catalogue has not answered yet)…</source>
        <translation>Nog bezig met opslaan: %1 (de catalogus heeft nog niet geantwoord)…</translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <source>The pictures of %1 and %Ln other items stay as they were: %2</source>
        <translation>
            <numerusform>De afbeeldingen van %1 en %Ln ander item blijven zoals ze waren: %2</numerusform>
            <numerusform>De afbeeldingen van %1 en %Ln andere items blijven zoals ze waren: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture of %1 stays as it was: %2</source>
        <translation>De afbeelding van %1 blijft zoals ze was: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+143"/>
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
            <numerusform>%Ln geselecteerd</numerusform>
            <numerusform>%Ln geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/problem_texts.py" line="+2261"/>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+156"/>
        <source>smparchive</source>
        <translation>smparchive</translation>
    </message>
    <message>
        <location filename="../../gui/edit_names.py" line="-30"/>
        <source>Label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+295"/>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/schedule_editor.py" line="+11"/>
        <source>Days added: %1</source>
        <translation>Dagen toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days renamed:</source>
        <translation>Dagen hernoemd:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New speakers (person tags): %1</source>
        <translation>Nieuwe sprekers (persoonstags): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2): “%3” → “%4”</source>
        <translation>%1 (%2): ‘%3’ → ‘%4’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: ‘%2’ → ‘%3’</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+40"/>
        <source>Import Programme</source>
        <translation>Programma importeren</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>A CSV programme has no time zone. Time zone of its times:</source>
        <translation>Een CSV-programma heeft geen tijdzone. Tijdzone van de tijden:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Programme imported</source>
        <translation>Programma geïmporteerd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The programme “%1” looks like another conference than the event “%2”.</source>
        <translation>Het programma ‘%1’ lijkt van een andere conferentie te zijn dan het evenement ‘%2’.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to “%1”</source>
        <translation>Toevoegen aan ‘%1’</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as a new event</source>
        <translation>Importeren als nieuw evenement</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../gui/actions.py" line="+124"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Viewing modes</source>
        <translation>Weergavemodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating and flags</source>
        <translation>Beoordeling en vlaggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions, keywords and sessions</source>
        <translation>Bijschriften, trefwoorden en sessies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving around</source>
        <translation>Navigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window and panels</source>
        <translation>Venster en panelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue and export</source>
        <translation>Catalogus en export</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="-160"/>
        <source>%1 %2</source>
        <comment>Undo or Redo, then the name of the step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rename a keyword or person (in the sidebar)</source>
        <translation>Een trefwoord of persoon hernoemen (in de zijbalk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete a keyword or person from every item (in the sidebar)</source>
        <translation>Een trefwoord of persoon van alle items verwijderen (in de zijbalk)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To the first or last item</source>
        <translation>Naar het eerste of laatste item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A screen up or down</source>
        <translation>Een scherm omhoog of omlaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the search: to the results</source>
        <translation>Vanuit het zoekveld: naar de resultaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a field: back to the results</source>
        <translation>Vanuit een veld: terug naar de resultaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From Loupe, Compare or Survey: back to the grid or the details, the selection kept</source>
        <translation>Vanuit Loep, Vergelijken of Overzicht: terug naar het raster of de details, selectie behouden</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="-18"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rating</source>
        <translation>&amp;Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag</source>
        <translation>&amp;Vlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour &amp;Label</source>
        <translation>&amp;Kleurlabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collections</source>
        <translation>&amp;Collecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="-77"/>
        <source>No recent catalogues</source>
        <translation>Geen recente catalogi</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="+43"/>
        <source>No stars</source>
        <translation>Geen sterren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Nieuwe catalogus…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../gui/start_window.py" line="+111"/>
        <source>&amp;Open Catalogue…</source>
        <translation>Catalogus &amp;openen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Map toevoegen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue a folder or drive (you can also drop folders on the window)</source>
        <translation>Een map of schijf catalogiseren (u kunt ook mappen op het venster neerzetten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rescan All Folders</source>
        <translation>Alle mappen opnieuw &amp;scannen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify Files (Fixity Check)</source>
        <translation>Bestanden &amp;controleren (integriteitscontrole)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../gui/start_window.py" line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search with words and the query language</source>
        <translation>Zoeken met woorden en de zoektaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select &amp;None</source>
        <translation>&amp;Niets selecteren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Pick</source>
        <translation>&amp;Kiezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unflag</source>
        <translation>&amp;Vlag verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Auto-advance After Rating</source>
        <translation>Automatisch &amp;doorgaan na beoordeling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to the next item after rating, flagging or labelling</source>
        <translation>Naar het volgende item gaan na beoordelen, markeren of labelen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the caption of the selection; %1 applies and returns to the results</source>
        <translation>Typ het bijschrift van de selectie; %1 past toe en gaat terug naar de resultaten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit Alt &amp;Text</source>
        <translation>&amp;Alt-tekst bewerken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Keyword…</source>
        <translation>&amp;Trefwoord toevoegen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;Person…</source>
        <translation>&amp;Persoon toevoegen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add to &amp;Collection…</source>
        <translation>Aan &amp;collectie toevoegen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assign to &amp;Session…</source>
        <translation>Aan &amp;sessie toewijzen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export Selection…</source>
        <translation>Selectie &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the selected items: preset, names, consent preflight</source>
        <translation>De geselecteerde items exporteren: voorinstelling, namen, toestemmingscontrole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show in the &amp;File Manager</source>
        <translation>Tonen in bestandsbe&amp;heer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected item&apos;s original, in its folder</source>
        <translation>Het origineel van het geselecteerde item, in zijn map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write XMP Sidecars</source>
        <translation>&amp;XMP-sidecars schrijven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the metadata of the selected items into XMP sidecar files</source>
        <translation>De metadata van de geselecteerde items in XMP-sidecarbestanden schrijven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rea&amp;d XMP Sidecars</source>
        <translation>XMP-sidecars &amp;lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take over what the XMP sidecars of the selected items say (undoable)</source>
        <translation>Overnemen wat de XMP-sidecars van de geselecteerde items bevatten (ongedaan te maken)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid</source>
        <translation>&amp;Raster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thumbnails of the view</source>
        <translation>Miniaturen van de weergave</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;oupe</source>
        <translation>L&amp;oep</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Open the Menu Bar</source>
        <translation>Menubalk openen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Edit Capt&amp;ion</source>
        <translation>Bijschrift be&amp;werken</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>One photo filling the window; steps through the selection when several are selected</source>
        <translation>Eén foto die het venster vult; doorloopt de selectie als er meerdere geselecteerd zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Two to four selected photos side by side, zoomed together</source>
        <translation>Twee tot vier geselecteerde foto’s naast elkaar, samen ingezoomd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Survey</source>
        <translation>Ov&amp;erzicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every selected photo side by side</source>
        <translation>Alle geselecteerde foto’s naast elkaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full Screen</source>
        <translation>Volledig sc&amp;herm</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The view as a table, one row per item, sortable</source>
        <translation>De weergave als tabel, één rij per item, sorteerbaar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Grotere miniaturen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Smaller Thumbnails</source>
        <translation>&amp;Kleinere miniaturen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show S&amp;idebar</source>
        <translation>&amp;Zijbalk tonen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;Inspector</source>
        <translation>&amp;Infopaneel tonen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to Sidebar</source>
        <translation>Naar de zijbalk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;People…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faces found in photos: name people, confirm or reject suggestions</source>
        <translation>Gezichten gevonden in foto’s: personen benoemen, suggesties bevestigen of afwijzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Schedule Editor…</source>
        <translation>&amp;Roostereditor…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Programme…</source>
        <translation>Programma &amp;importeren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign Items to Sessions…</source>
        <translation>Items aan sessies &amp;toewijzen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera &amp;Clocks…</source>
        <translation>Camera&amp;klokken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Timeline…</source>
        <translation>Tijd&amp;lijn…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nieuwe collectie…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;Smart Collection from Search…</source>
        <translation>Nieuwe &amp;slimme collectie uit zoekopdracht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove from Collection</source>
        <translation>Uit collectie &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export what the browser shows: a collection, session, day or search</source>
        <translation>Exporteren wat de browser toont: een collectie, sessie, dag of zoekopdracht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;History…</source>
        <translation>Export&amp;geschiedenis…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About smparchive</source>
        <translation>&amp;Over smparchive</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/keys.py" line="+50"/>
        <source>Loupe: any item</source>
        <translation>Loep: elk item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loupe: photos</source>
        <translation>Loep: foto&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loupe: videos and recordings</source>
        <translation>Loep: video&apos;s en opnamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loupe: slides and PDFs</source>
        <translation>Loep: presentaties en pdf&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="-76"/>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <location filename="../../gui/ops.py" line="+431"/>
        <source>The change %1 made to the %2 of %3 no longer stands: yours is applied.</source>
        <translation>De wijziging die %1 aanbracht in het veld ‘%2’ van %3 geldt niet meer: de uwe wordt toegepast.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 made the same change to the %2 of %n items at %3, after you, so that stays as it is.</source>
        <translation>
            <numerusform>%1 deed op %3, na u, dezelfde wijziging van het veld ‘%2’ van %n item, dus die blijft zoals ze is.</numerusform>
            <numerusform>%1 deed op %3, na u, dezelfde wijziging van het veld ‘%2’ van %n items, dus die blijft zoals ze is.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 made the same change to the %2 at %3, after you, so that stays as it is.</source>
        <translation>%1 deed op %3, na u, dezelfde wijziging van het veld ‘%2’, dus die blijft zoals ze is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 made the same change to the %2 of %3 at %4, after you, so that stays as it is.</source>
        <translation>%1 deed op %4, na u, dezelfde wijziging van het veld ‘%2’ van %3, dus die blijft zoals ze is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keywords</source>
        <translation>trefwoorden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>collections</source>
        <translation>collecties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>values</source>
        <translation>waarden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 changed the %2 of %3 at %4. You had undone your change before that, at %5: redoing it would replace their value.</source>
        <translation>%1 wijzigde het veld ‘%2’ van %3 op %4. U had uw wijziging daarvoor ongedaan gemaakt, op %5: als u die opnieuw doet, vervangt u hun waarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the %2 of %3 at %4. You had made your change before that, at %5: undoing it would replace their value.</source>
        <translation>%1 wijzigde het veld ‘%2’ van %3 op %4. U had uw wijziging daarvoor gemaakt, op %5: als u die ongedaan maakt, vervangt u hun waarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed the %2 of %3 to %5 at %4, after it was shown here. Your edit would replace their value.</source>
        <translation>%1 wijzigde het veld ‘%2’ van %3 in %5 op %4, nadat het hier werd getoond. Uw bewerking zou die waarde vervangen.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The change %1 made to the %2 of %3 no longer stands: your change would no longer replace a value of theirs.</source>
        <translation>De wijziging die %1 aanbracht in het veld ‘%2’ van %3 geldt niet meer: uw wijziging vervangt geen waarde van die persoon meer.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../gui/opening.py" line="+86"/>
        <source>Opening the catalogue</source>
        <translation>Catalogus openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the catalogue…</source>
        <translation>De catalogus wordt geopend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1.</source>
        <translation>%1 wordt geopend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrading the catalogue</source>
        <translation>Catalogus bijwerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading the catalogue…</source>
        <translation>De catalogus wordt bijgewerkt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the team catalogue is made first.</source>
        <translation>Eerst wordt een reservekopie van de teamcatalogus gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of the catalogue as it was is kept first, in the folder beside it ending in .backups.</source>
        <translation>Eerst wordt een kopie van de catalogus zoals hij was bewaard, in de map ernaast die eindigt op .backups.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was made by an earlier version of smparchive (schema %2) and is being upgraded to schema %3. %4

This cannot be interrupted and can take a few minutes for a large catalogue. If it fails, the catalogue is left as it was.</source>
        <translation>%1 is gemaakt door een eerdere versie van smparchive (schema %2) en wordt bijgewerkt naar schema %3. %4

Dit kan niet worden onderbroken en kan bij een grote catalogus enkele minuten duren. Als het mislukt, blijft de catalogus zoals hij was.</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../gui/dialogs/sidecar_summary.py" line="+29"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into existing</source>
        <translation>Samengevoegd met bestaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken over</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text</source>
        <translation>Alternatieve tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Waardering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Vlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Vermelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright</source>
        <translation>Auteursrecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields / why</source>
        <translation>Velden / reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidecar</source>
        <translation>Sidecar</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../gui/dialogs/people.py" line="+16"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Yes, it is them (Y)</source>
        <translation>Ja, dat is die persoon (Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No (N)</source>
        <translation>Nee (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name…</source>
        <translation>Benoemen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw Consent…</source>
        <translation>Toestemming intrekken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold back every photo of this person from publication, from today</source>
        <translation>Elke foto van deze persoon vanaf vandaag van publicatie uitsluiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Face detection is off for this catalogue. Turn it on in Preferences: faces are found on this computer only.</source>
        <translation>Gezichtsherkenning staat uit voor deze catalogus. Zet ze aan in Voorkeuren: gezichten worden alleen op deze computer gezocht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No faces found yet.</source>
        <translation>Nog geen gezichten gevonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select faces, then press Y to confirm, N to reject, or name them.</source>
        <translation>Selecteer gezichten en druk op Y om te bevestigen, N om af te wijzen, of benoem ze.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Suggestions (%1)</source>
        <translation>Suggesties (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown person %1 (%2)</source>
        <translation>Onbekende persoon %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other unknown faces (%1)</source>
        <translation>Andere onbekende gezichten (%1)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is this?</source>
        <translation>Wie is dit?</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Withdraw Consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Withdraw the consent of %1 from today? %Ln photos will be held back from every publication.</source>
        <translation>
            <numerusform>De toestemming van %1 vanaf vandaag intrekken? %Ln foto wordt van elke publicatie uitgesloten.</numerusform>
            <numerusform>De toestemming van %1 vanaf vandaag intrekken? %Ln foto’s worden van elke publicatie uitgesloten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Consent of %1 withdrawn: %Ln photos held back.</source>
        <translation>
            <numerusform>Toestemming van %1 ingetrokken: %Ln foto tegengehouden.</numerusform>
            <numerusform>Toestemming van %1 ingetrokken: %Ln foto’s tegengehouden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already published in: %1. Take these photos down there.</source>
        <translation>Al gepubliceerd in: %1. Haal deze foto&apos;s daar weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips cut from their recordings were published too: %1.</source>
        <translation>Fragmenten uit hun opnamen zijn ook gepubliceerd: %1.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../gui/dialogs/pickers.py" line="+48"/>
        <source>Add to Collection</source>
        <translation>Aan collectie toevoegen</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>Add %Ln items to the collection (type a new name to create one):</source>
        <translation>
            <numerusform>%Ln item aan de collectie toevoegen (typ een nieuwe naam om er een te maken):</numerusform>
            <numerusform>%Ln items aan de collectie toevoegen (typ een nieuwe naam om er een te maken):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Session for the %Ln selected items:</source>
        <translation>
            <numerusform>Sessie voor %Ln geselecteerd item:</numerusform>
            <numerusform>Sessie voor de %Ln geselecteerde items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items added to the collection “%1”</source>
        <translation>
            <numerusform>%Ln item toegevoegd aan de collectie ‘%1’</numerusform>
            <numerusform>%Ln items toegevoegd aan de collectie ‘%1’</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Collection “%1” made with %Ln items</source>
        <translation>
            <numerusform>Collectie ‘%1’ gemaakt met %Ln item</numerusform>
            <numerusform>Collectie ‘%1’ gemaakt met %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items assigned to the session “%1”</source>
        <translation>
            <numerusform>%Ln item toegewezen aan de sessie ‘%1’</numerusform>
            <numerusform>%Ln items toegewezen aan de sessie ‘%1’</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items taken out of their session</source>
        <translation>
            <numerusform>%Ln item uit zijn sessie gehaald</numerusform>
            <numerusform>%Ln items uit hun sessie gehaald</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>No session</source>
        <translation>Geen sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to Session</source>
        <translation>Aan sessie toewijzen</translation>
    </message>
</context>
<context>
    <name>PinPicture</name>
    <message>
        <location filename="../../gui/dialogs/pin_picture.py" line="+40"/>
        <source>%1: click to enlarge</source>
        <translation>%1: klik om te vergroten</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <location filename="../../gui/player/view.py" line="+547"/>
        <source>%n draft chapters, spread evenly: not published until placed (C) or confirmed</source>
        <translation>
            <numerusform>%n conceptoofdstuk, gelijkmatig verdeeld: niet gepubliceerd tot het geplaatst (C) of bevestigd is</numerusform>
            <numerusform>%n conceptoofdstukken, gelijkmatig verdeeld: niet gepubliceerd tot ze geplaatst (C) of bevestigd zijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+175"/>
        <source>Captions (%1, %Ln cues) added to “%3”: they are published with its clip.</source>
        <translation>
            <numerusform>Ondertitels (%1, %Ln regel) toegevoegd aan ‘%3’: ze worden gepubliceerd met het fragment.</numerusform>
            <numerusform>Ondertitels (%1, %Ln regels) toegevoegd aan ‘%3’: ze worden gepubliceerd met het fragment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n segments from the programme:</source>
        <translation>
            <numerusform>%n segment volgens het programma:</numerusform>
            <numerusform>%n segmenten volgens het programma:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Cut into %n segments, one per session: exports publish each as a clip of its own. %1 undoes the cut.</source>
        <translation>
            <numerusform>In %n segment geknipt, één per sessie: exports publiceren het als eigen clip. %1 maakt het knippen ongedaan.</numerusform>
            <numerusform>In %n segmenten geknipt, één per sessie: exports publiceren elk als eigen clip. %1 maakt het knippen ongedaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n chapters of “%1” confirmed: they are published with its clip.</source>
        <translation>
            <numerusform>%n hoofdstuk van ‘%1’ bevestigd: het wordt met de clip gepubliceerd.</numerusform>
            <numerusform>%n hoofdstukken van ‘%1’ bevestigd: ze worden met de clip gepubliceerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="+72"/>
        <source>Mirror folder beside the catalogue</source>
        <translation>Spiegelmap naast de catalogus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next to each file (.xmp)</source>
        <translation>Naast elk bestand (.xmp)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnails and cache</source>
        <translation>Miniaturen en cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faces</source>
        <translation>Gezichten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System (%1)</source>
        <translation>Systeem (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+173"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>A new language applies when smparchive starts again (it offers to now).</source>
        <translation>Een nieuwe taal geldt zodra smparchive opnieuw start (dat wordt meteen aangeboden).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages of titles, captions and alt texts, e.g. en, fr, nl</source>
        <translation>Talen van titels, bijschriften en alternatieve teksten, bv. en, fr, nl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption languages</source>
        <translation>Talen van bijschriften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded with your changes; a team catalogue records your login instead</source>
        <translation>Vastgelegd bij uw wijzigingen; een teamcatalogus legt in plaats daarvan uw aanmeldnaam vast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thumbnail size in the grid</source>
        <translation>Grootte van miniaturen in het raster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beside each catalogue (default)</source>
        <translation>Naast elke catalogus (standaard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache location</source>
        <translation>Cachelocatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache size limit</source>
        <translation>Maximale cachegrootte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current cache: %1</source>
        <translation>Huidige cache: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new cache location applies the next time a catalogue is opened.</source>
        <translation>Een nieuwe cachelocatie geldt vanaf de volgende keer dat een catalogus wordt geopend.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current cache: %1 (%2)</source>
        <translation>Huidige cache: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No folders catalogued yet.</source>
        <translation>Nog geen mappen gecatalogiseerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find faces in this catalogue&apos;s photos</source>
        <translation>Gezichten zoeken in de foto’s van deze catalogus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off unless you turn it on, for each catalogue. Faces are found on this computer only: nothing is downloaded or sent anywhere. Found faces are grouped in View &gt; People, where you name people; a person&apos;s consent then applies to every photo they are confirmed in.</source>
        <translation>Uit tot u het aanzet, per catalogus. Gezichten worden alleen op deze computer gezocht: er wordt niets gedownload of verstuurd. Gevonden gezichten worden gegroepeerd in Beeld &gt; Personen, waar u personen benoemt; de toestemming van een persoon geldt dan voor elke foto waarin die bevestigd is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Face detection is not installed: pip install &apos;smparchive[faces]&apos;</source>
        <translation>Gezichtsherkenning is niet geïnstalleerd: pip install &apos;smparchive[faces]&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache Location</source>
        <translation>Cachelocatie</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The new language applies when smparchive starts again. Restart now? Your work is saved; the catalogue opens again.</source>
        <translation>De nieuwe taal geldt zodra smparchive opnieuw start. Nu herstarten? Uw werk is bewaard; de catalogus wordt opnieuw geopend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart Now</source>
        <translation>Nu herstarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ProblemCounts</name>
    <message numerus="yes">
        <location filename="../../gui/problem_counts.py" line="+20"/>
        <source>The folder went away during the scan (drive unplugged or share lost?), so its scan stopped; its %Ln items keep what the catalogue knew, marked offline: scan again once it is back.</source>
        <translation>
            <numerusform>De map verdween tijdens de scan (schijf losgekoppeld of share verloren?), dus de scan ervan is gestopt; %Ln item behoudt wat de catalogus wist, gemarkeerd als offline: scan opnieuw zodra de map terug is.</numerusform>
            <numerusform>De map verdween tijdens de scan (schijf losgekoppeld of share verloren?), dus de scan ervan is gestopt; de %Ln items behouden wat de catalogus wist, gemarkeerd als offline: scan opnieuw zodra de map terug is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The folder is not reachable (drive not attached?); its %Ln items stay in the catalogue, marked offline.</source>
        <translation>
            <numerusform>De map is niet bereikbaar (schijf niet aangesloten?); %Ln item blijft in de catalogus, gemarkeerd als offline.</numerusform>
            <numerusform>De map is niet bereikbaar (schijf niet aangesloten?); de %Ln items blijven in de catalogus, gemarkeerd als offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This computer cannot reach the folder (share not mounted, or mounted at another path?); its %Ln items stay as they are for the rest of the team: if this computer sees the folder elsewhere, say where (Find Missing Folder… in the app, &apos;smparchive roots map&apos; in a terminal).</source>
        <translation>
            <numerusform>Deze computer bereikt de map niet (share niet gekoppeld, of op een ander pad?); %Ln item blijft zoals het is voor de rest van het team: ziet deze computer de map elders, zeg dan waar (Ontbrekende map zoeken… in de app, &apos;smparchive roots map&apos; in een terminal).</numerusform>
            <numerusform>Deze computer bereikt de map niet (share niet gekoppeld, of op een ander pad?); de %Ln items blijven zoals ze zijn voor de rest van het team: ziet deze computer de map elders, zeg dan waar (Ontbrekende map zoeken… in de app, &apos;smparchive roots map&apos; in een terminal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The folder went away from this computer during the scan (share lost?), so its scan stopped; its %Ln items keep what the catalogue knew, as they are for the rest of the team: scan again once it is back.</source>
        <translation>
            <numerusform>De map verdween tijdens de scan van deze computer (share verloren?), dus de scan stopte; %Ln item houdt wat de catalogus wist, zoals het is voor de rest van het team: scan opnieuw zodra de map terug is.</numerusform>
            <numerusform>De map verdween tijdens de scan van deze computer (share verloren?), dus de scan stopte; de %Ln items houden wat de catalogus wist, zoals ze zijn voor de rest van het team: scan opnieuw zodra de map terug is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{name}: its %Ln chapters are an evenly spaced draft, not the speakers&apos; real starts: not published (confirm or place them in the player first).</source>
        <translation>
            <numerusform>{name}: %Ln hoofdstuk is een gelijkmatig verdeeld concept, niet de echte starttijd van de spreker: niet gepubliceerd (bevestig of plaats het eerst in de speler).</numerusform>
            <numerusform>{name}: de %Ln hoofdstukken zijn een gelijkmatig verdeeld concept, niet de echte starttijden van de sprekers: niet gepubliceerd (bevestig of plaats ze eerst in de speler).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln items go out without their alt text: it is still a suggested draft (finish it in the caption editor, Ctrl+Shift+X, and remove the draft marker).</source>
        <translation>
            <numerusform>%Ln item gaat mee zonder zijn alternatieve tekst: die is nog een voorgesteld concept (werk hem af met Alt-tekst bewerken, Ctrl+Shift+X, en verwijder de conceptmarkering).</numerusform>
            <numerusform>%Ln items gaan mee zonder hun alternatieve tekst: die is nog een voorgesteld concept (werk hem af met Alt-tekst bewerken, Ctrl+Shift+X, en verwijder de conceptmarkering).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln documents go out with their own metadata (author and editor names, software, dates, and that of pictures inside them): clear it in the document&apos;s own program before publishing if it should not be seen.</source>
        <translation>
            <numerusform>%Ln document gaat mee met zijn eigen metadata (namen van auteur en bewerkers, software, datums, en die van de afbeeldingen erin): wis ze in het eigen programma van het document vóór publicatie als ze niet gezien mogen worden.</numerusform>
            <numerusform>%Ln documenten gaan mee met hun eigen metadata (namen van auteur en bewerkers, software, datums, en die van de afbeeldingen erin): wis ze in het eigen programma van het document vóór publicatie als ze niet gezien mogen worden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln decks are left out ({name}): {why}.</source>
        <translation>
            <numerusform>%Ln presentatie wordt weggelaten ({name}): {why}.</numerusform>
            <numerusform>%Ln presentaties worden weggelaten ({name}): {why}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>IPTC-IIM {value} holds at most {limit} bytes: shortened there for %Ln items ({name}); the XMP copy, which Lightroom and digiKam show, is whole.</source>
        <translation>
            <numerusform>IPTC-IIM {value} bevat hoogstens {limit} bytes: daar ingekort voor %Ln item ({name}); de XMP-kopie, die Lightroom en digiKam tonen, is volledig.</numerusform>
            <numerusform>IPTC-IIM {value} bevat hoogstens {limit} bytes: daar ingekort voor %Ln items ({name}); de XMP-kopie, die Lightroom en digiKam tonen, is volledig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unknown tokens {value} in name template; use {other}</source>
        <translation>
            <numerusform>Onbekend token {value} in het naamsjabloon; gebruik {other}</numerusform>
            <numerusform>Onbekende tokens {value} in het naamsjabloon; gebruik {other}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sessions no longer in the programme were left alone: {value}</source>
        <translation>
            <numerusform>%Ln sessie die niet meer in het programma staat, is ongemoeid gelaten: {value}</numerusform>
            <numerusform>%Ln sessies die niet meer in het programma staan, zijn ongemoeid gelaten: {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{where}: the header lacks the columns {value}</source>
        <translation>
            <numerusform>{where}: de kopregel mist de kolom {value}</numerusform>
            <numerusform>{where}: de kopregel mist de kolommen {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln speaker chapters spread evenly (a draft)</source>
        <translation>
            <numerusform>%Ln sprekershoofdstuk gelijk verdeeld (een concept)</numerusform>
            <numerusform>%Ln sprekershoofdstukken gelijk verdeeld (een concept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln files written</source>
        <translation>
            <numerusform>%Ln bestand geschreven</numerusform>
            <numerusform>%Ln bestanden geschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln tegengehouden</numerusform>
            <numerusform>%Ln tegengehouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln published by override</source>
        <translation>
            <numerusform>%Ln gepubliceerd via uitzondering</numerusform>
            <numerusform>%Ln gepubliceerd via uitzondering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No items with ids {value}.</source>
        <translation>
            <numerusform>Geen item met id {value}.</numerusform>
            <numerusform>Geen items met de id’s {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Items {value} are not in the collection.</source>
        <translation>
            <numerusform>Item {value} zit niet in de collectie.</numerusform>
            <numerusform>Items {value} zitten niet in de collectie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{target} does not hold this folder&apos;s files (none of %Ln catalogued files is there); check the path.</source>
        <translation>
            <numerusform>{target} bevat de bestanden van deze map niet (het %Ln gecatalogiseerde bestand staat er niet); controleer het pad.</numerusform>
            <numerusform>{target} bevat de bestanden van deze map niet (geen van de %Ln gecatalogiseerde bestanden staat er); controleer het pad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&apos;{value}&apos;: there are %Ln programme days.</source>
        <translation>
            <numerusform>‘{value}’: het programma telt %Ln dag.</numerusform>
            <numerusform>‘{value}’: het programma telt %Ln dagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../gui/problem_texts.py" line="-2241"/>
        <source>This is not a regular file.</source>
        <translation>Dit is geen gewoon bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty (0 bytes).</source>
        <translation>Het bestand is leeg (0 bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read ({why}).</source>
        <translation>Het bestand kan niet gelezen worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be hashed ({why}).</source>
        <translation>De controlesom van het bestand kon niet berekend worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is named as a {fmt} file but its contents are not one: it is damaged or incomplete (try copying it again from its source).</source>
        <translation>Het bestand heeft de naam van een {fmt}-bestand, maar de inhoud is er geen: het is beschadigd of onvolledig (kopieer het opnieuw van de bron).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{fmt} files are not catalogued (photos, videos, audio, slides and documents are).</source>
        <translation>{fmt}-bestanden worden niet gecatalogiseerd (alleen foto’s, video’s, geluid, presentaties en documenten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files of this type are not catalogued (photos, videos, audio, slides and documents are).</source>
        <translation>Bestanden van dit type worden niet gecatalogiseerd (alleen foto’s, video’s, geluid, presentaties en documenten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file needs more memory to open than is safe; it was refused.</source>
        <translation>Het bestand openen vraagt meer geheugen dan veilig is; het is geweigerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is no longer there.</source>
        <translation>Het bestand is er niet meer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s folder or drive is offline; the catalogue keeps what it knew.</source>
        <translation>De map of schijf van het bestand is offline; de catalogus bewaart wat hij ervan wist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file made its worker process crash.</source>
        <translation>Het bestand liet het proces dat het las vastlopen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file took longer than {value} s; it was stopped.</source>
        <translation>Het lezen van het bestand duurde langer dan {value} s; het is gestopt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file needs more memory than a worker may use{limit}; it was refused.</source>
        <translation>Het bestand lezen vraagt meer geheugen dan een leesproces mag gebruiken{limit}; het is geweigerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read because of a fault in smparchive; details are in the log.</source>
        <translation>Het bestand kon niet gelezen worden door een fout in smparchive; de details staan in het logboek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be opened as {fmt} ({why}).</source>
        <translation>Het bestand kan niet als {fmt} geopend worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no audio or video streams.</source>
        <translation>Het bestand bevat geen geluids- of videostromen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds audio only.</source>
        <translation>Het bestand bevat alleen geluid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no video stream to take a picture from.</source>
        <translation>Het bestand heeft geen videostroom om een beeld uit te halen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file name contains invisible right-to-left control characters, so it reads differently from what it is (a known way to disguise a file); check the file and rename it.</source>
        <translation>De bestandsnaam bevat onzichtbare stuurtekens voor rechts-naar-links schrift, zodat hij anders leest dan wat het bestand is (een bekende manier om een bestand te vermommen); controleer het bestand en geef het een andere naam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name ends in .{value} but also contains .{fmt}, so it may not be what it first seems; check the file and rename it.</source>
        <translation>De bestandsnaam eindigt op .{value} maar bevat ook .{fmt}, dus het is misschien niet wat het lijkt; controleer het bestand en geef het een andere naam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file or its folder disappeared while it was being read; it was left as it was and the next scan tries again.</source>
        <translation>Het bestand of de map verdween tijdens het lezen; het is gelaten zoals het was en de volgende scan probeert het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the file was denied; it was left as it was and the next scan tries again.</source>
        <translation>De toegang tot het bestand werd geweigerd; het is gelaten zoals het was en de volgende scan probeert het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drive or network share holding the file stopped answering; it was left as it was and the next scan tries again.</source>
        <translation>De schijf of netwerkshare met het bestand antwoordt niet meer; het is gelaten zoals het was en de volgende scan probeert het opnieuw.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The image is refused: it claims to be so large that opening it could exhaust the memory (a damaged or malicious file).</source>
        <translation>De afbeelding is geweigerd: ze beweert zo groot te zijn dat openen het geheugen kan uitputten (een beschadigd of kwaadaardig bestand).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a picture that can be read: it is damaged or not really an image.</source>
        <translation>Het bestand is geen leesbare afbeelding: het is beschadigd of eigenlijk geen afbeelding.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image cannot be opened ({why}).</source>
        <translation>De afbeelding kan niet geopend worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image structure cannot be read: {why}.</source>
        <translation>De structuur van de afbeelding kan niet gelezen worden: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image data cannot be decoded in full: {why}.</source>
        <translation>De beeldgegevens kunnen niet volledig gedecodeerd worden: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image pixels cannot be decoded.</source>
        <translation>De pixels van de afbeelding kunnen niet gedecodeerd worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image data is truncated: about {percent}% of the picture could be decoded.</source>
        <translation>De beeldgegevens zijn afgekapt: ongeveer {percent}% van de afbeelding kon worden gedecodeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image cannot be decoded.</source>
        <translation>De afbeelding kan niet gedecodeerd worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} cannot be decoded ({why}).</source>
        <translation>Het bestand ({fmt}) kan niet gedecodeerd worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The embedded XMP was ignored ({why}).</source>
        <translation>De ingesloten XMP is genegeerd ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IPTC block was ignored ({why}).</source>
        <translation>Het IPTC-blok is genegeerd ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera information (EXIF) in the file is damaged and was skipped.</source>
        <translation>De camera-informatie (EXIF) in het bestand is beschadigd en is overgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera information (EXIF) could not be read: {why}.</source>
        <translation>De camera-informatie (EXIF) kon niet gelezen worden: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXIF orientation {value} is invalid and was ignored.</source>
        <translation>De EXIF-oriëntatie {value} is ongeldig en is genegeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some metadata could not be read ({why}).</source>
        <translation>Sommige metadata konden niet gelezen worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The XMP sidecar {name} is too large and was ignored.</source>
        <translation>Het XMP-sidecarbestand {name} is te groot en is genegeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The XMP sidecar {name} was ignored ({why}).</source>
        <translation>Het XMP-sidecarbestand {name} is genegeerd ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thumbnail cannot be made ({why}).</source>
        <translation>De miniatuur kan niet gemaakt worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No thumbnail can be made.</source>
        <translation>Er kan geen miniatuur gemaakt worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kind of file has no thumbnail.</source>
        <translation>Dit soort bestand heeft geen miniatuur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no way to picture a {fmt} file.</source>
        <translation>Een {fmt}-bestand kan niet in beeld gebracht worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no stream to take a picture from.</source>
        <translation>Er is geen stroom om een beeld uit te halen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video file holds audio only: there is no picture.</source>
        <translation>Het videobestand bevat alleen geluid: er is geen beeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video track holds no decodable frames.</source>
        <translation>Het videospoor bevat geen decodeerbare beelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video has no frames.</source>
        <translation>De video heeft geen beelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video has no decodable frames.</source>
        <translation>De video heeft geen decodeerbare beelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video cannot be opened ({why}).</source>
        <translation>De video kan niet geopend worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording could not be analysed near {value} s: {why}</source>
        <translation>De opname kon niet worden geanalyseerd rond {value} s: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption file {name} is empty.</source>
        <translation>Het ondertitelbestand {name} is leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption file {name} is larger than {limit} MB.</source>
        <translation>Het ondertitelbestand {name} is groter dan {limit} MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption file {name} cannot be read.</source>
        <translation>Het ondertitelbestand {name} kan niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption file {name} is not UTF-8 text; save it as UTF-8 and add it again.</source>
        <translation>Het ondertitelbestand {name} is geen UTF-8-tekst; sla het op als UTF-8 en voeg het opnieuw toe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a SubRip (.srt) file, not WebVTT: convert it to WebVTT (any subtitle editor saves as .vtt) and add that.</source>
        <translation>{name} is een SubRip-bestand (.srt), geen WebVTT: zet het om naar WebVTT (elke ondertiteleditor slaat op als .vtt) en voeg dat toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a WebVTT file: its first line must be WEBVTT.</source>
        <translation>{name} is geen WebVTT-bestand: de eerste regel moet WEBVTT zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, line {n}: the cue&apos;s times are not valid WebVTT (00:01:02.500 --&gt; 00:01:05.000, the end after the start).</source>
        <translation>{name}, regel {n}: de tijden van de ondertitel zijn geen geldige WebVTT (00:01:02.500 --&gt; 00:01:05.000, het einde na het begin).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caption file {name} holds no captions (no timed cues).</source>
        <translation>Het ondertitelbestand {name} bevat geen ondertitels (geen getimede regels).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legacy {fmt} files are catalogued but not read; save as {value} to index.</source>
        <translation>Oude {fmt}-bestanden worden gecatalogiseerd maar niet gelezen; sla ze op als {value} om ze te indexeren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} format is not supported.</source>
        <translation>Het formaat {fmt} wordt niet ondersteund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF is encrypted: a password is required to read it.</source>
        <translation>De pdf is versleuteld: er is een wachtwoord nodig om hem te lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF cannot be opened ({why}).</source>
        <translation>De pdf kan niet geopend worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF has no pages.</source>
        <translation>De pdf heeft geen pagina’s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF&apos;s pages cannot be loaded ({why}).</source>
        <translation>De pagina’s van de pdf kunnen niet geladen worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF document information was ignored ({why}).</source>
        <translation>De documentinformatie van de pdf is genegeerd ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first PDF page has no size.</source>
        <translation>De eerste pagina van de pdf heeft geen afmetingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first PDF page cannot be rendered ({why}).</source>
        <translation>De eerste pagina van de pdf kan niet weergegeven worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} file is not a readable zip ({why}).</source>
        <translation>Het {fmt}-bestand is geen leesbaar zip-archief ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} file is refused as unsafe ({why}).</source>
        <translation>Het {fmt}-bestand is geweigerd als onveilig ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package cannot be read ({why}).</source>
        <translation>Het pakket kan niet gelezen worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package carries no preview picture.</source>
        <translation>Het pakket bevat geen voorbeeldafbeelding.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PPTX package has no [Content_Types].xml: it is not a presentation.</source>
        <translation>Het PPTX-pakket heeft geen [Content_Types].xml: het is geen presentatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The presentation cannot be read ({why}).</source>
        <translation>De presentatie kan niet gelezen worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DOCX package has no word/document.xml: it is not a document.</source>
        <translation>Het DOCX-pakket heeft geen word/document.xml: het is geen document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} package has no content.xml: there is nothing to read.</source>
        <translation>Het {fmt}-pakket heeft geen content.xml: er is niets te lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} content.xml has no document body.</source>
        <translation>De content.xml van het {fmt}-bestand heeft geen documentinhoud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder went away during the scan (drive unplugged or share lost?), so its scan stopped; its {n} items keep what the catalogue knew, marked offline: scan again once it is back.</source>
        <translation>De map verdween tijdens de scan (schijf losgekoppeld of share verloren?), dus de scan ervan is gestopt; de {n} items behouden wat de catalogus wist, gemarkeerd als offline: scan opnieuw zodra de map terug is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder is not reachable (drive not attached?); its {n} items stay in the catalogue, marked offline.</source>
        <translation>De map is niet bereikbaar (schijf niet aangesloten?); de {n} items blijven in de catalogus, gemarkeerd als offline.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Originals keep all their metadata (GPS position, camera serial numbers); choose a resized preset to publish without them.</source>
        <translation>Originelen behouden al hun metadata (gps-positie, serienummers van camera’s); kies een verkleinde voorinstelling om zonder die gegevens te publiceren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faces can only be blurred in resized copies: originals are copied as they are, so photos of people who may not be shown stay held back.</source>
        <translation>Gezichten kunnen alleen in verkleinde kopieën vervaagd worden: originelen worden ongewijzigd gekopieerd, dus foto’s van mensen die niet getoond mogen worden blijven tegengehouden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LibreOffice was not found: decks are exported as originals, not PDF.</source>
        <translation>LibreOffice is niet gevonden: presentaties worden als originelen geëxporteerd, niet als pdf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {mime} cannot be resized, and a copy would keep its camera metadata (GPS, serial numbers); left out (export it with the originals preset or with all metadata kept).</source>
        <translation>{name}: {mime} kan niet verkleind worden, en een kopie zou de cameragegevens behouden (gps, serienummers); weggelaten (exporteer het met de voorinstelling voor originelen of met alle metadata behouden).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: its {n} chapters are an evenly spaced draft, not the speakers&apos; real starts: not published (confirm or place them in the player first).</source>
        <translation>{name}: de {n} hoofdstukken zijn een gelijkmatig verdeeld concept, niet de echte starttijden van de sprekers: niet gepubliceerd (bevestig of plaats ze eerst in de speler).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} items go out without their alt text: it is still a suggested draft (finish it in the caption editor, Ctrl+Shift+X, and remove the draft marker).</source>
        <translation>{n} items gaan mee zonder hun alternatieve tekst: die is nog een voorgesteld concept (werk hem af met Alt-tekst bewerken, Ctrl+Shift+X, en verwijder de conceptmarkering).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} documents go out with their own metadata (author and editor names, software, dates, and that of pictures inside them): clear it in the document&apos;s own program before publishing if it should not be seen.</source>
        <translation>{n} documenten gaan mee met hun eigen metadata (namen van auteur en bewerkers, software, datums, en die van de afbeeldingen erin): wis ze in het eigen programma van het document vóór publicatie als ze niet gezien mogen worden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IPTC-IIM {value} holds at most {limit} bytes: shortened there for {n} items ({name}); the XMP copy, which Lightroom and digiKam show, is whole.</source>
        <translation>IPTC-IIM {value} bevat hoogstens {limit} bytes: daar ingekort voor {n} items ({name}); de XMP-kopie, die Lightroom en digiKam tonen, is volledig.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The export was written but not recorded in the history. {why}</source>
        <translation>De export is geschreven maar niet vastgelegd in de geschiedenis. {why}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bag written does not validate against its manifests</source>
        <translation>Het geschreven BagIt-pakket klopt niet met zijn manifesten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file in the bag written does not verify: {name}</source>
        <translation>Een bestand in het geschreven BagIt-pakket klopt niet bij controle: {name}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{where}: {name} ignored: its value cannot be read</source>
        <translation>{where}: {name} genegeerd: de waarde is onleesbaar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{n} sessions no longer in the programme were left alone: {value}</source>
        <translation>{n} sessies die niet meer in het programma staan, zijn ongemoeid gelaten: {value}</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>{where}: the header lacks the columns {value}</source>
        <translation>{where}: de kopregel mist de kolommen {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where}: the CSV cannot be read</source>
        <translation>{where}: de CSV kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: a field is longer than {value} characters, so the CSV cannot be read (a quotation mark opened and never closed makes the rest of the file one field)</source>
        <translation>{where}: een veld is langer dan {value} tekens, dus de CSV kan niet worden gelezen (een aanhalingsteken dat wordt geopend en nooit gesloten maakt van de rest van het bestand één veld)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a valid iCalendar file: its structure cannot be read</source>
        <translation>geen geldig iCalendar-bestand: de structuur kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a whole iCalendar file: BEGIN:VCALENDAR or its END:VCALENDAR is missing (is the file cut short?)</source>
        <translation>geen volledig iCalendar-bestand: BEGIN:VCALENDAR of de bijbehorende END:VCALENDAR ontbreekt (is het bestand afgekapt?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file holds several calendars one after the other: import them one at a time</source>
        <translation>het bestand bevat meerdere agenda’s na elkaar: importeer ze een voor een</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the time zone {value} (TZID) is neither one this computer knows nor defined in the file; give a default time zone</source>
        <translation>{where}: de tijdzone {value} (TZID) is niet bekend op deze computer en ook niet in het bestand gedefinieerd; geef een standaardtijdzone op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time zone {value} (TZID) is neither one this computer knows nor defined in the file: its times were read in the default time zone, {zone}</source>
        <translation>de tijdzone {value} (TZID) is niet bekend op deze computer en ook niet in het bestand gedefinieerd: de tijden zijn gelezen in de standaardtijdzone, {zone}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No items with ids {value}.</source>
        <translation>Geen items met de id’s {value}.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Items {value} are not in the collection.</source>
        <translation>Items {value} zitten niet in de collectie.</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>{n} files written</source>
        <translation>{n} bestanden geschreven</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{label} was not undone: {why}</source>
        <translation>{label} is niet ongedaan gemaakt: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} was not redone: {why}</source>
        <translation>{label} is niet opnieuw gedaan: {why}</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>&apos;{value}&apos;: there are {n} programme days.</source>
        <translation>‘{value}’: het programma telt {n} dagen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown tokens {value} in name template; use {other}</source>
        <translation>Onbekende tokens {value} in het naamsjabloon; gebruik {other}</translation>
    </message>
    <message>
        <location line="-1446"/>
        <source>Links shared to the page will show no cover picture: sites that preview a link need the page&apos;s address (Page address in the app, --page-url on the command line).</source>
        <translation>Gedeelde links naar de pagina tonen geen omslagafbeelding: sites die een voorbeeld van een link tonen, hebben het adres van de pagina nodig (Adres van de pagina in de app, --page-url op de opdrachtregel).</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Fixity check failed: the bytes changed although size and date did not (expected SHA-256 {value}, found {other}).</source>
        <translation>Integriteitscontrole mislukt: de bytes zijn veranderd terwijl grootte en datum gelijk bleven (verwachte SHA-256 {value}, gevonden {other}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file was edited since the last scan; rescan it.</source>
        <translation>Het bestand is gewijzigd sinds de laatste scan; scan het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file or its folder disappeared while it was being read; it was not checked: verify again later.</source>
        <translation>Het bestand of de map verdween tijdens het lezen; het is niet gecontroleerd: controleer later opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the file was denied; it was not checked: verify again later.</source>
        <translation>De toegang tot het bestand werd geweigerd; het is niet gecontroleerd: controleer later opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive or network share holding the file stopped answering; it was not checked: verify again later.</source>
        <translation>De schijf of netwerkshare met het bestand antwoordt niet meer; het is niet gecontroleerd: controleer later opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read; it was not checked: verify again later.</source>
        <translation>Het bestand kan niet worden gelezen; het is niet gecontroleerd: controleer later opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was never read completely, so there is no fingerprint to compare; scan with --retry-errors to read it again.</source>
        <translation>Het bestand is nooit volledig gelezen, dus er is geen vingerafdruk om te vergelijken; scan met --retry-errors om het opnieuw te lezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s fingerprint is still pending (the scan that catalogued it stopped before reading it in full); scan its folder again to take it.</source>
        <translation>De vingerafdruk van het bestand ontbreekt nog (de scan die het catalogiseerde stopte voordat het volledig gelezen was); scan de map opnieuw om die te nemen.</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>The folder cannot be read ({why}).</source>
        <translation>De map kan niet gelezen worden ({why}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer cannot reach the folder (share not mounted, or mounted at another path?); its {n} items stay as they are for the rest of the team: if this computer sees the folder elsewhere, say where (Find Missing Folder… in the app, &apos;smparchive roots map&apos; in a terminal).</source>
        <translation>Deze computer bereikt de map niet (share niet gekoppeld, of op een ander pad?); de {n} items blijven zoals ze zijn voor de rest van het team: ziet deze computer de map elders, zeg dan waar (Ontbrekende map zoeken… in de app, &apos;smparchive roots map&apos; in een terminal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder went away from this computer during the scan (share lost?), so its scan stopped; its {n} items keep what the catalogue knew, as they are for the rest of the team: scan again once it is back.</source>
        <translation>De map verdween tijdens de scan van deze computer (share verloren?), dus de scan stopte; de {n} items houden wat de catalogus wist, zoals ze zijn voor de rest van het team: scan opnieuw zodra de map terug is.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: converting it to PDF needs LibreOffice, which was not found (no PDF of it is kept in the cache): it goes out as the original.</source>
        <translation>{name}: omzetten naar pdf vraagt LibreOffice, dat niet gevonden is (er staat geen pdf van in de cache): het gaat als origineel mee.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} decks are left out ({name}): {why}.</source>
        <translation>{n} presentaties worden weggelaten ({name}): {why}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{value}&apos; is not the page&apos;s address: give the full https:// address it will be published at, such as https://media.example.org/smp2022/.</source>
        <translation>‘{value}’ is niet het adres van de pagina: geef het volledige https://-adres waarop ze gepubliceerd wordt, bijvoorbeeld https://media.example.org/smp2022/.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}: {mime} cannot be resized; copied as is (with all its metadata, as chosen).</source>
        <translation>{name}: {mime} kan niet verkleind worden; ongewijzigd gekopieerd (met al zijn metadata, zoals gekozen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: the {fields} names {person}, whose face is blurred; edit the text before publishing.</source>
        <translation>{name}: de {fields} noemt {person}, wiens gezicht vervaagd is; pas de tekst aan vóór het publiceren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: the {fields} name {person}, whose face is blurred; edit the text before publishing.</source>
        <translation>{name}: de {fields} noemen {person}, wiens gezicht vervaagd is; pas de tekst aan vóór het publiceren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: no alt text; write one before posting.</source>
        <translation>{name}: geen alternatieve tekst; schrijf er een vóór het posten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text has {n} characters, over the limit of {limit}; shorten it (it is not cut).</source>
        <translation>{name}: de alternatieve tekst telt {n} tekens, boven de limiet van {limit}; maak hem korter (hij wordt niet afgekapt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: the alt text only repeats the caption; describe the picture.</source>
        <translation>{name}: de alternatieve tekst herhaalt alleen het bijschrift; beschrijf de afbeelding.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text is a file name; describe the picture.</source>
        <translation>{name}: de alternatieve tekst is een bestandsnaam; beschrijf de afbeelding.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text is still a suggested draft; finish it and remove the draft marker.</source>
        <translation>{name}: de alternatieve tekst is nog een voorgesteld concept; werk hem af en verwijder de conceptmarkering.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text is in an unknown language, not in the post&apos;s language.</source>
        <translation>{name}: de alternatieve tekst is in een onbekende taal, niet in de taal van het bericht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text is in {language}, not in the post&apos;s language.</source>
        <translation>{name}: de alternatieve tekst is in het {language}, niet in de taal van het bericht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: no {language} caption in the catalogue; the {other} one is used.</source>
        <translation>{name}: geen bijschrift in het {language} in de catalogus; dat in het {other} wordt gebruikt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the images has a caption: the {platform} post has no text of its own; write one.</source>
        <translation>Geen van de afbeeldingen heeft een bijschrift: het bericht voor {platform} heeft geen eigen tekst; schrijf er een.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post text has {n} characters; {platform} allows {limit}. Shorten the caption (nothing is cut).</source>
        <translation>De tekst van het bericht telt {n} tekens; {platform} staat er {limit} toe. Maak het bijschrift korter (er wordt niets afgekapt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} images, but a {platform} post takes at most {limit}: choose {limit} or post them in several posts.</source>
        <translation>{n} afbeeldingen, maar een bericht op {platform} neemt er hoogstens {limit}: kies er {limit} of verdeel ze over meerdere berichten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: the caption has {n} characters, over {platform}&apos;s post limit of {limit}.</source>
        <translation>{name}: het bijschrift telt {n} tekens, boven de berichtlimiet van {platform} ({limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is missing (it was not found at the last scan)</source>
        <translation>Het bestand ontbreekt (het werd bij de laatste scan niet gevonden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s folder or drive is offline</source>
        <translation>De map of schijf van het bestand is offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read when it was catalogued</source>
        <translation>Het bestand kon niet gelezen worden toen het gecatalogiseerd werd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is missing (it was not found at the last scan): {why}</source>
        <translation>Het bestand ontbreekt (het werd bij de laatste scan niet gevonden): {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s folder or drive is offline: {why}</source>
        <translation>De map of schijf van het bestand is offline: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read when it was catalogued: {why}</source>
        <translation>Het bestand kon niet gelezen worden toen het gecatalogiseerd werd: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no checksum yet; scan its folder again before exporting it</source>
        <translation>Het bestand heeft nog geen controlesom; scan de map opnieuw voordat u het exporteert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording is not available</source>
        <translation>De opname is niet beschikbaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file is missing</source>
        <translation>Het bronbestand ontbreekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file is missing: {name}</source>
        <translation>Het bronbestand ontbreekt: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file cannot be read ({why})</source>
        <translation>Het bronbestand kan niet gelezen worden ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file cannot be read: {name} ({why})</source>
        <translation>Het bronbestand kan niet gelezen worden: {name} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo cannot be rendered: {name} ({why})</source>
        <translation>De foto kan niet worden verwerkt: {name} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file changed since it was catalogued (size differs)</source>
        <translation>Het bronbestand is gewijzigd sinds het gecatalogiseerd werd (de grootte verschilt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file changed since it was catalogued (hash mismatch): {name}</source>
        <translation>Het bronbestand is gewijzigd sinds het gecatalogiseerd werd (de hash klopt niet): {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo could not be rendered: {why}</source>
        <translation>De foto kon niet aangemaakt worden: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is left out: its slides could not be rewritten without their author names, as {why}. Export it with the originals preset or with all metadata kept.</source>
        <translation>{name} is weggelaten: de dia’s konden niet zonder de namen van hun auteurs herschreven worden, want {why}. Exporteer het met de voorinstelling voor originelen of met alle metadata behouden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is left out: its metadata (author names, history, pictures&apos; camera data) could not be removed, as {why}. Export it with the originals preset or with all metadata kept.</source>
        <translation>{name} is weggelaten: de metadata (namen van auteurs, geschiedenis, cameragegevens van afbeeldingen) konden niet verwijderd worden, want {why}. Exporteer het met de voorinstelling voor originelen of met alle metadata behouden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is left out: its metadata (GPS position, device) could not be removed from the recording, as {why}. Export it with the originals preset or with all metadata kept.</source>
        <translation>{name} is weggelaten: de metadata (gps-positie, toestel) konden niet uit de opname verwijderd worden, want {why}. Exporteer het met de voorinstelling voor originelen of met alle metadata behouden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export target is a file, not a folder: {target}; choose a folder</source>
        <translation>Het exportdoel is een bestand, geen map: {target}; kies een map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target is a file, not a folder: {target}</source>
        <translation>Het exportdoel is een bestand, geen map: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target folder does not exist: {target}</source>
        <translation>De doelmap van de export bestaat niet: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target is read-only or not writable: {target}</source>
        <translation>Het exportdoel is alleen-lezen of niet beschrijfbaar: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target is full: {target}</source>
        <translation>Het exportdoel is vol: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target disappeared or became unreachable: {target}</source>
        <translation>Het exportdoel is verdwenen of onbereikbaar geworden: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing to the export target failed: {target} ({why})</source>
        <translation>Schrijven naar het exportdoel is mislukt: {target} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough free space on the export target {target}: about {n} needed, {limit} free</source>
        <translation>Niet genoeg vrije ruimte op het exportdoel {target}: ongeveer {n} nodig, {limit} vrij</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An export named {name} with different content already exists in {target}</source>
        <translation>Een export met de naam {name} en een andere inhoud bestaat al in {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: every selected item is held back or unavailable</source>
        <translation>Niets te exporteren: elk geselecteerd item wordt tegengehouden of is niet beschikbaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: the selection is empty</source>
        <translation>Niets te exporteren: de selectie is leeg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A written file does not verify: {name}</source>
        <translation>Een geschreven bestand klopt niet bij controle: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing a name outside the export folder: {name}</source>
        <translation>Een naam buiten de exportmap wordt geweigerd: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The written ZIP file does not list the expected files</source>
        <translation>Het geschreven ZIP-bestand bevat niet de verwachte bestanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file in the ZIP does not verify: {name}</source>
        <translation>Een bestand in de ZIP klopt niet bij controle: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>programme {value}</source>
        <translation>programma {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts with the recording (the session began before it)</source>
        <translation>begint met de opname (de sessie begon ervoor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ends with the recording (the session ran on after it)</source>
        <translation>eindigt met de opname (de sessie liep erna nog door)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} speaker chapters spread evenly (a draft)</source>
        <translation>{n} sprekershoofdstukken gelijk verdeeld (een concept)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start kept at the programme&apos;s time: no change seen within {n} s</source>
        <translation>begin op het tijdstip van het programma gehouden: geen verandering gezien binnen {n} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end kept at the programme&apos;s time: no change seen within {n} s</source>
        <translation>einde op het tijdstip van het programma gehouden: geen verandering gezien binnen {n} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start kept at the programme&apos;s time: {why}</source>
        <translation>begin op het tijdstip van het programma gehouden: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end kept at the programme&apos;s time: {why}</source>
        <translation>einde op het tijdstip van het programma gehouden: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start at {value}: {signals} ({n} s from the programme)</source>
        <translation>begin om {value}: {signals} ({n} s ten opzichte van het programma)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end at {value}: {signals} ({n} s from the programme)</source>
        <translation>einde om {value}: {signals} ({n} s ten opzichte van het programma)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded within the session “{name}” ({value}), so it belongs to it whole.</source>
        <translation>Opgenomen tijdens de sessie ‘{name}’ ({value}), dus het hoort er helemaal bij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session of the programme falls between {value} and {limit}.</source>
        <translation>Geen enkele sessie van het programma valt tussen {value} en {limit}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture time includes the camera clock correction of {n} s.</source>
        <translation>Het opnametijdstip bevat de correctie van de cameraklok van {n} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read now: cuts are the programme&apos;s times.</source>
        <translation>Het bestand kan nu niet gelezen worden: de sneden zijn de tijden van het programma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; nothing was left in the target</source>
        <translation>Geannuleerd; er is niets achtergelaten in het doel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: start {value} differs from date {other} in {zone}; the date was used</source>
        <translation>{where}: begin {value} verschilt van datum {other} in {zone}; de datum is gebruikt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: cancelled event {title} skipped</source>
        <translation>{where}: geannuleerde gebeurtenis {title} overgeslagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: all-day event {title} skipped</source>
        <translation>{where}: gebeurtenis van een hele dag {title} overgeslagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: recurrence of {title} ignored (first one kept)</source>
        <translation>{where}: herhaling van {title} genegeerd (de eerste is behouden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {title} has no DTEND or DURATION; taken to last {n} minutes</source>
        <translation>{where}: {title} heeft geen DTEND of DURATION; er wordt uitgegaan van {n} minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: session {title} lasts zero minutes</source>
        <translation>{where}: de sessie {title} duurt nul minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: repeats the session {title} of {other} exactly; it was kept once</source>
        <translation>{where}: herhaalt de sessie {title} van {other} exact; ze is één keer behouden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: session id {value} is also used at {other}; both sessions were kept</source>
        <translation>{where}: sessie-id {value} wordt ook gebruikt op {other}; beide sessies zijn behouden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {title} ({value}) overlaps {other} ({limit}) in room {name}</source>
        <translation>{where}: {title} ({value}) overlapt met {other} ({limit}) in zaal {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the file is not UTF-8; read as Windows-1252</source>
        <translation>{where}: het bestand is geen UTF-8; gelezen als Windows-1252</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event&apos;s time zone is now {zone}.</source>
        <translation>De tijdzone van het evenement is nu {zone}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The programme&apos;s time zone {zone} differs from the event&apos;s {other}; session times are exact either way, the event keeps its zone.</source>
        <translation>De tijdzone van het programma, {zone}, verschilt van die van het evenement, {other}; de tijden van de sessies kloppen hoe dan ook, het evenement houdt zijn tijdzone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Programme not imported: {why}</source>
        <translation>Programma niet geïmporteerd: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sessions overlap in the same room: {sentences} (and {n} more)</source>
        <translation>sessies overlappen in dezelfde zaal: {sentences} (en nog {n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sessions overlap in the same room: {sentences}</source>
        <translation>sessies overlappen in dezelfde zaal: {sentences}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: unknown time zone {value}</source>
        <translation>{where}: onbekende tijdzone {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: duration {value} is not HH:MM or H:MM:SS</source>
        <translation>{where}: de duur {value} is niet in de vorm UU:MM of U:MM:SS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: time {value} is not HH:MM</source>
        <translation>{where}: het tijdstip {value} is niet in de vorm UU:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: date {value} is not YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>{where}: de datum {value} is niet in de vorm JJJJ-MM-DD of DD/MM/JJJJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: date {value} is not YYYY-MM-DD</source>
        <translation>{where}: de datum {value} is niet in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {value} does not exist in {zone} (the clocks skip that hour)</source>
        <translation>{where}: {value} bestaat niet in {zone} (de klok slaat dat uur over)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {value} is not a yes/no value</source>
        <translation>{where}: {value} is geen ja/nee-waarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the session has no title</source>
        <translation>{where}: de sessie heeft geen titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: session {title} ends ({value}) before it starts ({other})</source>
        <translation>{where}: de sessie {title} eindigt ({value}) voordat ze begint ({other})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the programme contains no sessions</source>
        <translation>het programma bevat geen sessies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the programme is larger than {n} bytes</source>
        <translation>het programma is groter dan {n} bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The programme file {name} is not a regular file (a device, pipe or socket), so it was not read.</source>
        <translation>Het programmabestand {name} is geen gewoon bestand (een apparaat, pipe of socket), dus het is niet gelezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The programme file {name} is larger than {value}, so it was not read.</source>
        <translation>Het programmabestand {name} is groter dan {value}, dus het is niet gelezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}: kan niet gelezen worden ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte {n}: the JSON file is not UTF-8; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>byte {n}: het JSON-bestand is geen UTF-8; ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file starts like JSON but is not valid JSON (line {n}, column {value}: {detail}); supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>het bestand begint als JSON maar is geen geldige JSON (regel {n}, kolom {value}: {detail}); ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is a schedule JSON (version {value}) whose days list no rooms with their events, as the newer schedule v2 JSON does, a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>dit is een programma-JSON (versie {value}) waarvan de dagen geen zalen met hun gebeurtenissen opsommen, zoals de nieuwere schedule-v2-JSON, een formaat dat smparchive niet leest; ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a schedule JSON whose days list no rooms with their events, as the newer schedule v2 JSON does, a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>dit is een programma-JSON waarvan de dagen geen zalen met hun gebeurtenissen opsommen, zoals de nieuwere schedule-v2-JSON, een formaat dat smparchive niet leest; ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a schedule v2 JSON (talks and rooms listed apart), a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>dit is een schedule-v2-JSON (lezingen en zalen apart opgesomd), een formaat dat smparchive niet leest; ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is a Sessionize JSON export, a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>dit is een JSON-export van Sessionize, een formaat dat smparchive niet leest; ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is JSON in an unknown layout (top-level members: {value}), a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>dit is JSON met een onbekende opbouw (leden op het hoogste niveau: {value}), een formaat dat smparchive niet leest; ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is JSON holding a {value}, not a schedule object, a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>dit is JSON met een {value}, geen programma-object, een formaat dat smparchive niet leest; ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is named as a {fmt} file but its contents are not a programme in that format (damaged or another kind of file?); smparchive reads frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>{name} heeft de naam van een {fmt}-bestand, maar de inhoud is geen programma in dat formaat (beschadigd of een ander soort bestand?); smparchive leest schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a text file, so it is not a programme; smparchive reads frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>{name} is geen tekstbestand, dus het is geen programma; smparchive leest schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byte {n}: the JSON file is not UTF-8</source>
        <translation>byte {n}: het JSON-bestand is geen UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid {fmt} at line {n}, column {value}: {detail}</source>
        <translation>het bestand is geen geldige {fmt} op regel {n}, kolom {value}: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected an object with a &apos;schedule&apos; member</source>
        <translation>{where}: een object met een lid ‘schedule’ werd verwacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected a list of events</source>
        <translation>{where}: een lijst van gebeurtenissen werd verwacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected an object</source>
        <translation>{where}: een object werd verwacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected a list</source>
        <translation>{where}: een lijst werd verwacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected text</source>
        <translation>{where}: tekst werd verwacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected a number</source>
        <translation>{where}: een getal werd verwacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {value} is not ISO 8601</source>
        <translation>{where}: {value} is geen ISO 8601</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the programme names no time zone and none was given</source>
        <translation>{where}: het programma noemt geen tijdzone en er is er geen opgegeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: XML with DOCTYPE or ENTITY declarations is refused (entity expansion risk)</source>
        <translation>{where}: XML met DOCTYPE- of ENTITY-declaraties wordt geweigerd (risico op entiteitsexpansie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the root element must be &lt;schedule&gt;</source>
        <translation>{where}: het hoofdelement moet &lt;schedule&gt; zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: missing date attribute</source>
        <translation>{where}: het attribuut date ontbreekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a CSV programme has no time zone: give a default time zone</source>
        <translation>een CSV-programma heeft geen tijdzone: geef een standaardtijdzone op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CSV file is empty</source>
        <translation>het CSV-bestand is leeg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is not a programme in a supported format: read as CSV, its first line has no known column ({value}); supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>dit is geen programma in een ondersteund formaat: gelezen als CSV heeft de eerste regel geen bekende kolom ({value}); ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not a programme in a supported format: read as CSV, its first line has no known column; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>dit is geen programma in een ondersteund formaat: gelezen als CSV heeft de eerste regel geen bekende kolom; ondersteund zijn: schedule.json en schedule.xml van frab/pretalx, iCalendar (.ics) en CSV met een kopregel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: the date is empty</source>
        <translation>{where}: de datum is leeg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the start is empty</source>
        <translation>{where}: het begin is leeg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the title is empty</source>
        <translation>{where}: de titel is leeg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: neither end nor duration is given</source>
        <translation>{where}: einde noch duur is opgegeven</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the calendar names no time zone (no X-WR-TIMEZONE or TZID) and none was given</source>
        <translation>de kalender noemt geen tijdzone (geen X-WR-TIMEZONE of TZID) en er is er geen opgegeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {name} is not an iCalendar date or time such as 20220601T093000: {value}</source>
        <translation>{where}: {name} is geen iCalendar-datum of -tijd zoals 20220601T093000: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {name} is not a duration such as PT1H30M: {value}</source>
        <translation>{where}: {name} is geen duur zoals PT1H30M: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a valid iCalendar file: the line {value} is not in the form NAME:value</source>
        <translation>geen geldig iCalendar-bestand: de regel {value} heeft niet de vorm NAAM:waarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: invalid {name}</source>
        <translation>{where}: ongeldige {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: DTEND is a date but DTSTART a date-time</source>
        <translation>{where}: DTEND is een datum maar DTSTART een datum met tijd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {name} is a floating time (no zone); give a default time zone</source>
        <translation>{where}: {name} is een zwevende tijd (zonder zone); geef een standaardtijdzone op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: missing {name}</source>
        <translation>{where}: {name} ontbreekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: missing</source>
        <translation>{where}: ontbreekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} cannot be empty.</source>
        <translation>{subject} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} cannot contain {fields}; type it on one line, without it.</source>
        <translation>{subject} mag {fields} niet bevatten; typ het op één regel, zonder dat teken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} cannot contain the control character {value}; type it on one line, without it.</source>
        <translation>{subject} mag het stuurteken {value} niet bevatten; typ het op één regel, zonder dat teken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item with id {value}.</source>
        <translation>Geen item met id {value}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session with id {value}.</source>
        <translation>Geen sessie met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No segment with id {value}.</source>
        <translation>Geen segment met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event with id {value}.</source>
        <translation>Geen evenement met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No day with id {value}.</source>
        <translation>Geen dag met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tag with id {value}.</source>
        <translation>Geen trefwoord met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No collection with id {value}.</source>
        <translation>Geen collectie met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No export with id {value}.</source>
        <translation>Geen export met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No person with id {value}.</source>
        <translation>Geen persoon met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalogued folder with id {value}.</source>
        <translation>Geen gecatalogiseerde map met id {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event in the catalogue yet: create one (&apos;event --title ...&apos;) or import a programme first.</source>
        <translation>De catalogus heeft nog geen evenement: maak er eerst een aan (&apos;event --title ...&apos;) of importeer een programma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No collection named &apos;{name}&apos;.</source>
        <translation>Geen collectie met de naam ‘{name}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{name}&apos; is a smart collection: its items follow its query ({value}).</source>
        <translation>‘{name}’ is een slimme collectie: de items volgen de zoekopdracht ({value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>Er bestaat al een collectie met de naam ‘{name}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A smart collection&apos;s items come from its query.</source>
        <translation>De items van een slimme collectie komen uit de zoekopdracht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A smart collection needs a query (delete it instead).</source>
        <translation>Een slimme collectie heeft een zoekopdracht nodig (verwijder ze liever).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{name}&apos; is a curated collection, not a saved search.</source>
        <translation>‘{name}’ is een samengestelde collectie, geen bewaarde zoekopdracht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No catalogued folder matches &apos;{value}&apos;.</source>
        <translation>Geen gecatalogiseerde map komt overeen met ‘{value}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} does not exist.</source>
        <translation>{target} bestaat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not a folder.</source>
        <translation>{target} is geen map.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue&apos;s own cache folder cannot be catalogued.</source>
        <translation>De cachemap van de catalogus zelf kan niet gecatalogiseerd worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} overlaps the catalogued folder {other}; add one or the other.</source>
        <translation>{target} overlapt met de gecatalogiseerde map {other}; voeg de ene of de andere toe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not a folder smparchive can write to.</source>
        <translation>{target} is geen map waarin smparchive kan schrijven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not a folder this computer can see.</source>
        <translation>{target} is geen map die deze computer kan zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} does not hold this folder&apos;s files (none of {n} catalogued files is there); check the path.</source>
        <translation>{target} bevat de bestanden van deze map niet (geen van de {n} gecatalogiseerde bestanden staat er); controleer het pad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a {value} tag &apos;{name}&apos; there.</source>
        <translation>Er staat daar al een trefwoord {value} ‘{name}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tag name cannot be empty or contain &apos;|&apos;.</source>
        <translation>Een trefwoord mag niet leeg zijn of ‘|’ bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A handle needs a platform, and has no spaces.</source>
        <translation>Een accountnaam heeft een platform nodig en bevat geen spaties.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag {value} is not a person.</source>
        <translation>Trefwoord {value} is geen persoon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag &apos;{name}&apos; could not be created; try again.</source>
        <translation>Het trefwoord ‘{name}’ kon niet aangemaakt worden; probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} must be a whole number from {value} to {limit}.</source>
        <translation>{subject} moet een geheel getal van {value} tot {limit} zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} must be from {value} to {limit}.</source>
        <translation>{subject} moet van {value} tot {limit} gaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} must be one of: {other}.</source>
        <translation>{subject} moet een van deze waarden zijn: {other}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>‘{value}’ is geen getal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A focus point coordinate must be between 0 and 1.</source>
        <translation>Een coördinaat van het focuspunt moet tussen 0 en 1 liggen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A session cannot end before it starts.</source>
        <translation>Een sessie kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room &apos;{name}&apos; is already taken by &apos;{title}&apos; ({value}-{limit}).</source>
        <translation>Zaal ‘{name}’ is al bezet door ‘{title}’ ({value}-{limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event needs a title.</source>
        <translation>Een evenement heeft een titel nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{language}&apos; is not a language code for the programme&apos;s texts (such as en, fr or pt-BR).</source>
        <translation>‘{language}’ is geen taalcode voor de teksten van het programma (zoals en, fr of pt-BR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{language}&apos; is the programme&apos;s own language: change the text itself, not a translation.</source>
        <translation>&apos;{language}&apos; is de taal van het programma zelf: wijzig de tekst zelf, geen vertaling.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment&apos;s start and end must be numbers of seconds.</source>
        <translation>Begin en einde van een segment moeten aantallen seconden zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment cannot start before its recording.</source>
        <translation>Een segment kan niet vóór de opname beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment must end after it starts ({value} s to {limit} s).</source>
        <translation>Een segment moet eindigen na het begin ({value} s tot {limit} s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The segment ends at {value} s, after the end of its recording ({limit} s).</source>
        <translation>Het segment eindigt op {value} s, na het einde van de opname ({limit} s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment needs a title.</source>
        <translation>Een segment heeft een titel nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {value} is not a recording: only videos and audio hold segments.</source>
        <translation>Item {value} is geen opname: alleen video’s en audio hebben segmenten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {value} ({name}) is not a recording.</source>
        <translation>Item {value} ({name}) is geen opname.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapter &apos;{title}&apos; at {n} s lies outside its segment ({value} s to {limit} s).</source>
        <translation>Hoofdstuk ‘{title}’ op {n} s ligt buiten zijn segment ({value} s tot {limit} s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{language}&apos; is not a language code for captions (such as en, fr or pt-BR).</source>
        <translation>‘{language}’ is geen taalcode voor ondertitels (zoals en, fr of pt-BR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions are timed from the segment or the recording.</source>
        <translation>Ondertitels worden getimed vanaf het segment of de opname.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions must be checked WebVTT text.</source>
        <translation>Ondertitels moeten gecontroleerde WebVTT-tekst zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment {value} has no captions in &apos;{language}&apos;.</source>
        <translation>Segment {value} heeft geen ondertitels in ‘{language}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a number of days or entries of 0 or more (0: no limit).</source>
        <translation>Bewaar een aantal dagen of regels van 0 of meer (0: geen limiet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown time zone &apos;{zone}&apos;: use an IANA name such as Europe/Brussels.</source>
        <translation>Onbekende tijdzone ‘{zone}’: gebruik een IANA-naam zoals Europe/Brussels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a clock offset (e.g. +1h, -30m, +0:45, 3600).</source>
        <translation>‘{value}’ is geen klokverschuiving (bv. +1h, -30m, +0:45, 3600).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a date and time (YYYY-MM-DD HH:MM[:SS], optionally with +HH:MM).</source>
        <translation>‘{value}’ is geen datum en tijd (JJJJ-MM-DD UU:MM[:SS], eventueel met +UU:MM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The known moment needs a time zone (or give it in the event zone).</source>
        <translation>Het gekende moment heeft een tijdzone nodig (of geef het in de tijdzone van het evenement).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {value} has no capture time to pin.</source>
        <translation>Item {value} heeft geen opnametijd om vast te pinnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {value} takes its time from an XMP sidecar, not from the camera&apos;s clock: pin another item of this camera.</source>
        <translation>Item {value} haalt zijn tijd uit een XMP-sidecarbestand, niet uit de klok van de camera: zet een ander item van deze camera vast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No camera matches &apos;{value}&apos;.</source>
        <translation>Geen camera komt overeen met ‘{value}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items with no camera make or model share no clock (documents, scans, files dated by their file): correct a camera by its make and model.</source>
        <translation>Items zonder cameramerk of -model delen geen klok (documenten, scans, bestanden gedateerd naar hun bestand): corrigeer een camera op merk en model.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No faces to name.</source>
        <translation>Geen gezichten om te benoemen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No person &apos;{name}&apos; in this catalogue.</source>
        <translation>Geen persoon ‘{name}’ in deze catalogus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unknown person {value}.</source>
        <translation>Geen onbekende persoon {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No day {value} in the catalogue&apos;s programme.</source>
        <translation>Geen dag {value} in het programma van de catalogus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is neither a day id nor a date (YYYY-MM-DD).</source>
        <translation>‘{value}’ is geen dag-id en geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF is encrypted: it needs a password, so its pages cannot be shown.</source>
        <translation>De PDF is versleuteld: er is een wachtwoord nodig, dus de pagina’s kunnen niet getoond worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not a readable PDF ({why}).</source>
        <translation>Het bestand is geen leesbare PDF ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF cannot be read ({why}).</source>
        <translation>De PDF kan niet gelezen worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {n} does not exist (the PDF has {limit}).</source>
        <translation>Pagina {n} bestaat niet (de PDF heeft er {limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF was closed.</source>
        <translation>De PDF is gesloten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {n} has no size.</source>
        <translation>Pagina {n} heeft geen afmetingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {n} cannot be rendered ({why}).</source>
        <translation>Pagina {n} kan niet weergegeven worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slides of a {fmt} file cannot be read.</source>
        <translation>De dia’s van een {fmt}-bestand kunnen niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ODP package has no content.xml: there are no slides to read.</source>
        <translation>Het ODP-pakket heeft geen content.xml: er zijn geen dia’s om te lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice is not installed, so the slides cannot be rendered.</source>
        <translation>LibreOffice is niet geïnstalleerd, dus de dia’s kunnen niet weergegeven worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice did not finish converting the deck within {n} s.</source>
        <translation>LibreOffice heeft de presentatie niet binnen {n} s omgezet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice could not convert the deck to PDF ({detail}).</source>
        <translation>LibreOffice kon de presentatie niet naar PDF omzetten ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice could not convert the deck to PDF.</source>
        <translation>LibreOffice kon de presentatie niet naar PDF omzetten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No frame decodes at {value} s.</source>
        <translation>Geen enkel beeld kan gedecodeerd worden op {value} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame at {value} s cannot be decoded ({why}).</source>
        <translation>Het beeld op {value} s kan niet gedecodeerd worden ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>collection {value} &apos;{name}&apos;</source>
        <translation>collectie {value} ‘{name}’</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session {value} &apos;{title}&apos;</source>
        <translation>sessie {value} ‘{title}’</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day {value}</source>
        <translation>dag {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segments {value}</source>
        <translation>segmenten {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search &apos;{value}&apos;</source>
        <translation>zoekopdracht ‘{value}’</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>items {value}</source>
        <translation>items nr. {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} held back</source>
        <translation>{n} tegengehouden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} published by override</source>
        <translation>{n} gepubliceerd via uitzondering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} with problems</source>
        <translation>{n} met problemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running ({name}). Try again when it has finished.</source>
        <translation>Er loopt al een andere scan van deze catalogus ({name}). Probeer het opnieuw zodra die klaar is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running. Try again when it has finished.</source>
        <translation>Er loopt al een andere scan van deze catalogus. Probeer het opnieuw zodra die klaar is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running ({name}). Waiting for it to finish ...</source>
        <translation>Er loopt al een andere scan van deze catalogus ({name}). Wachten tot die klaar is…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running. Waiting for it to finish ...</source>
        <translation>Er loopt al een andere scan van deze catalogus. Wachten tot die klaar is…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running ({name}). Stopped waiting for it.</source>
        <translation>Er loopt al een andere scan van deze catalogus ({name}). Het wachten is gestopt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running. Stopped waiting for it.</source>
        <translation>Er loopt al een andere scan van deze catalogus. Het wachten is gestopt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process {pid} on {host}, since {since}</source>
        <translation>proces {pid} op {host}, sinds {since}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process {pid} on {host}</source>
        <translation>proces {pid} op {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in this program</source>
        <translation>in dit programma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the catalogue database: the password was refused (check the user name and ~/.pgpass).</source>
        <translation>Geen verbinding met de database van de catalogus: het wachtwoord werd geweigerd (controleer de gebruikersnaam en ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the catalogue database: the server wants a password; put it in ~/.pgpass (or PGPASSFILE) rather than in the URL.</source>
        <translation>Geen verbinding met de database van de catalogus: de server vraagt een wachtwoord; zet het in ~/.pgpass (of PGPASSFILE) in plaats van in de URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the catalogue database: the server does not know this user (role).</source>
        <translation>Geen verbinding met de database van de catalogus: de server kent deze gebruiker (rol) niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the catalogue database: that database does not exist on the server (create it with createdb).</source>
        <translation>Geen verbinding met de database van de catalogus: die database bestaat niet op de server (maak ze aan met createdb).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access denied by the catalogue database: this user lacks the privileges needed (no usable schema; the catalogue&apos;s owner can GRANT USAGE and the table rights).</source>
        <translation>Toegang geweigerd door de database van de catalogus: deze gebruiker mist de nodige rechten (geen bruikbaar schema; de eigenaar van de catalogus kan GRANT USAGE en de tabelrechten geven).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access denied by the catalogue database: this user lacks the privileges needed ({detail}).</source>
        <translation>Toegang geweigerd door de database van de catalogus: deze gebruiker mist de nodige rechten ({detail}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue database stopped answering in the middle of the command (a frozen server, host or network); the command was stopped and nothing of it was saved (SMPARCHIVE_STATEMENT_TIMEOUT sets how long to wait).</source>
        <translation>De database van de catalogus antwoordde niet meer midden in de opdracht (een vastgelopen server, host of netwerk); de opdracht is gestopt en er is niets van bewaard (SMPARCHIVE_STATEMENT_TIMEOUT bepaalt hoe lang er gewacht wordt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the catalogue database: the server did not answer in time (a frozen server or host, or a firewall); the timeout is set with SMPARCHIVE_CONNECT_TIMEOUT.</source>
        <translation>De database van de catalogus is niet bereikbaar: de server antwoordde niet op tijd (een vastgelopen server of host, of een firewall); de wachttijd stel je in met SMPARCHIVE_CONNECT_TIMEOUT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue database took too long to answer and the command was stopped (SMPARCHIVE_STATEMENT_TIMEOUT sets the limit).</source>
        <translation>De database van de catalogus deed er te lang over om te antwoorden en de opdracht is gestopt (SMPARCHIVE_STATEMENT_TIMEOUT bepaalt de grens).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the catalogue database: the server&apos;s host name is unknown.</source>
        <translation>Geen verbinding met de database van de catalogus: de hostnaam van de server is onbekend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was undone: {why}</source>
        <translation>Niets ongedaan gemaakt: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was redone: {why}</source>
        <translation>Niets opnieuw gedaan: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} changed the {field} of {item} at {at}, after your change. Undoing your change would replace their value.</source>
        <translation>{user} wijzigde het veld ‘{field}’ van {item} op {at}, na uw wijziging. Als u uw wijziging ongedaan maakt, vervangt u die waarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} changed the {field} of {item} at {at}, after your change. Redoing your change would replace their value.</source>
        <translation>{user} wijzigde het veld ‘{field}’ van {item} op {at}, na uw wijziging. Als u uw wijziging opnieuw doet, vervangt u die waarde.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{user} made the same change while yours was undone, so it stays as it is, theirs; change the item by hand if it should differ. This step is no longer in your redo list.</source>
        <translation>{user} deed dezelfde wijziging terwijl de uwe ongedaan was, dus die blijft zoals ze is, van hen; wijzig het item met de hand als het anders moet. Deze stap staat niet meer in uw lijst voor opnieuw doen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{why} The database is {database} on {server}.</source>
        <translation>{why} De database is {database} op {server}.</translation>
    </message>
    <message>
        <location line="+354"/>
        <source>the share holding it does not let it be read in place, and at more than 256 MB it is too large to load into memory; copy it to a local drive</source>
        <translation>de share waarop het staat kan niet ter plaatse worden gelezen en met meer dan 256 MB is het te groot om in het geheugen te lezen; kopieer het naar een lokale schijf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a picture in it is larger than 32 MB, the most read to clean one</source>
        <translation>een afbeelding erin is groter dan 32 MB, het meeste dat wordt gelezen om er een op te schonen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Website</source>
        <translation>website</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 failed.</source>
        <translation>%1 is mislukt.</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>{user} has since merged, renamed or removed what your change made, so none of it is left to take back; change the item by hand if it should differ.</source>
        <translation>{user} heeft sindsdien samengevoegd, hernoemd of verwijderd wat uw wijziging deed, dus er is niets meer terug te nemen; pas het item met de hand aan als het anders moet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} had made the same change just before you, so it stays as it is; change the item by hand if it should differ. This step is no longer in your undo history.</source>
        <translation>{user} had vlak voor u dezelfde wijziging gedaan, dus die blijft zoals ze is; wijzig het item met de hand als het anders moet. Deze stap staat niet meer in uw geschiedenis voor ongedaan maken.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a teammate has since merged, renamed or removed what your change made, so none of it is left to take back; change the item by hand if it should differ.</source>
        <translation>een teamgenoot heeft sindsdien samengevoegd, hernoemd of verwijderd wat uw wijziging deed, dus er is niets meer terug te nemen; pas het item met de hand aan als het anders moet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a teammate had made the same change just before you, so it stays as it is; change the item by hand if it should differ. This step is no longer in your undo history.</source>
        <translation>een teamgenoot had vlak voor u dezelfde wijziging gedaan, dus die blijft zoals ze is; wijzig het item met de hand als het anders moet. Deze stap staat niet meer in uw geschiedenis voor ongedaan maken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what this step changed is no longer in the catalogue (its folder or its items were removed from it since). This step is no longer in your undo history.</source>
        <translation>wat deze stap veranderde, staat niet meer in de catalogus (de map of de items zijn er sindsdien uit verwijderd). Deze stap staat niet meer in uw geschiedenis voor ongedaan maken.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{target} already exists: a new catalogue never replaces it. Open it, or choose another name.</source>
        <translation>{target} bestaat al: een nieuwe catalogus vervangt die nooit. Open hem, of kies een andere naam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create a catalogue in {target}: the folder is no longer there (a disk or a network share may have been disconnected).</source>
        <translation>In {target} kan geen catalogus worden aangemaakt: de map is er niet meer (een schijf of netwerkshare is misschien losgekoppeld).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create a catalogue in {target}: {why}.</source>
        <translation>In {target} kan geen catalogus worden aangemaakt: {why}.</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>the folder is no longer there</source>
        <translation>de map is er niet meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is no longer there</source>
        <translation>het is er niet meer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its symbolic links lead round in a loop</source>
        <translation>de symbolische koppelingen ervan lopen in een kringetje</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-571"/>
        <source>Cannot connect to the catalogue database: no server answers at that address (is it running?).</source>
        <translation>Geen verbinding met de database van de catalogus: geen enkele server antwoordt op dat adres (draait hij?).</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{user} made the same change at {at}, after you, so it stays as it is; change the item by hand if it should differ. This step is no longer in your undo history.</source>
        <translation>{user} deed op {at}, na u, dezelfde wijziging, dus die blijft zoals ze is; wijzig het item met de hand als het anders moet. Deze stap staat niet meer in uw geschiedenis voor ongedaan maken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} made the same change to the {field} of {item} at {at}, after you, so that stays as it is.</source>
        <translation>{user} deed op {at}, na u, dezelfde wijziging van het veld ‘{field}’ van {item}, dus die blijft zoals ze is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} made the same change to the {field} at {at}, after you, so that stays as it is.</source>
        <translation>{user} deed op {at}, na u, dezelfde wijziging van het veld ‘{field}’, dus die blijft zoals ze is.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The connection to the catalogue database was lost during the command (the server stopped or restarted); nothing of it was saved unless reported, try again.</source>
        <translation>De verbinding met de database van de catalogus viel weg tijdens de opdracht (de server stopte of herstartte); er is niets van bewaard tenzij gemeld, probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue is busy or locked by another program; try again in a moment.</source>
        <translation>De catalogus is bezet of vergrendeld door een ander programma; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue is read-only; smparchive needs write access to change it.</source>
        <translation>De catalogus is alleen-lezen; smparchive heeft schrijftoegang nodig om hem te wijzigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue could not be written ({detail}); check the disk.</source>
        <translation>De catalogus kon niet geschreven worden ({detail}); controleer de schijf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue stayed busy with other people&apos;s changes ({n} attempts); this change was not saved, try it again.</source>
        <translation>De catalogus bleef bezet met wijzigingen van anderen ({n} pogingen); deze wijziging is niet bewaard, probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catalogue error: {detail}</source>
        <translation>Catalogusfout: {detail}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{target} is a folder, not a catalogue file.</source>
        <translation>{target} is een map, geen catalogusbestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalogue at {target}; create one with &apos;smparchive init&apos;.</source>
        <translation>Er is geen catalogus op {target}; maak er een met &apos;smparchive init&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder {target}: {detail}.</source>
        <translation>De map {target} kan niet worden aangemaakt: {detail}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create a catalogue in {target}: the folder is read-only.</source>
        <translation>In {target} kan geen catalogus worden aangemaakt: de map is alleen-lezen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read {target}: {detail}.</source>
        <translation>{target} kan niet worden gelezen: {detail}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open {target}: {detail}</source>
        <translation>{target} kan niet worden geopend: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is an empty file, not an smparchive catalogue.</source>
        <translation>{target} is een leeg bestand, geen smparchive-catalogus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not an smparchive catalogue (not a SQLite database).</source>
        <translation>{target} is geen smparchive-catalogus (geen SQLite-database).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not an smparchive catalogue (a different database).</source>
        <translation>{target} is geen smparchive-catalogus (een andere database).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is not an smparchive catalogue.</source>
        <translation>Deze database is geen smparchive-catalogus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is read-only (the file or its folder): smparchive needs write access to keep its catalogue.</source>
        <translation>{target} is alleen-lezen (het bestand of de map): smparchive moet erin kunnen schrijven om de catalogus bij te houden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{target} is damaged: its SQLite header is incomplete.</source>
        <translation>{target} is beschadigd: de SQLite-header is onvolledig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is damaged: its SQLite header is not valid.</source>
        <translation>{target} is beschadigd: de SQLite-header is ongeldig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is damaged and cannot be read; restore it from a backup (a folder beside it ending in .backups may hold recent copies).</source>
        <translation>{target} is beschadigd en onleesbaar; zet het terug uit een back-up (een map ernaast die op .backups eindigt kan recente kopieën bevatten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{target} is locked by another program; close it there and try again.</source>
        <translation>{target} is vergrendeld door een ander programma; sluit het daar en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} was made by a newer smparchive (schema {value}); update smparchive to open it.</source>
        <translation>{target} is gemaakt door een nieuwere smparchive (schema {value}); werk smparchive bij om het te openen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This catalogue was made by a newer smparchive (schema {value}); update smparchive to open it.</source>
        <translation>Deze catalogus is gemaakt door een nieuwere smparchive (schema {value}); werk smparchive bij om hem te openen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This catalogue was upgraded by smparchive {version} or later (schema {value}); you have smparchive {mine}: update it to open the catalogue.</source>
        <translation>Deze catalogus is bijgewerkt door smparchive {version} of nieuwer (schema {value}); u hebt smparchive {mine}: werk het bij om de catalogus te openen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This catalogue was upgraded by a newer smparchive (schema {value}); you have smparchive {mine}: update it to open the catalogue.</source>
        <translation>Deze catalogus is bijgewerkt door een nieuwere smparchive (schema {value}); u hebt smparchive {mine}: werk het bij om de catalogus te openen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrading {target} from schema {value} failed ({detail}); the catalogue was left as it was.</source>
        <translation>Het bijwerken van {target} vanaf schema {value} is mislukt ({detail}); de catalogus is gebleven zoals hij was.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrading the catalogue from schema {value} failed ({detail}); it was left as it was.</source>
        <translation>Het bijwerken van de catalogus vanaf schema {value} is mislukt ({detail}); hij is gebleven zoals hij was.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrading the team catalogue from schema {value} failed ({detail}); it was left as it was.</source>
        <translation>Het bijwerken van de teamcatalogus vanaf schema {value} is mislukt ({detail}); hij is gebleven zoals hij was.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team catalogue needs an upgrade (schema {value} to {other}) and smparchive backs it up first, which failed: {why} Then set {name}=1 to upgrade.</source>
        <translation>De teamcatalogus moet worden bijgewerkt (van schema {value} naar {other}) en smparchive maakt eerst een back-up, wat mislukte: {why} Zet dan {name}=1 om bij te werken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup (pg_dump) failed: {detail}</source>
        <translation>De back-up (pg_dump) is mislukt: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restore (pg_restore) failed: {detail}</source>
        <translation>Het terugzetten (pg_restore) is mislukt: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_dump is not installed (Debian: postgresql-client); back the database up with: pg_dump -Fc -f smparchive.dump &apos;{target}&apos;</source>
        <translation>pg_dump is niet geïnstalleerd (Debian: postgresql-client); maak een back-up van de database met: pg_dump -Fc -f smparchive.dump &apos;{target}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pg_restore is not installed (Debian: postgresql-client).</source>
        <translation>pg_restore is niet geïnstalleerd (Debian: postgresql-client).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} already exists; choose another name.</source>
        <translation>{target} bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the search at &apos;{value}&apos;.</source>
        <translation>De zoekopdracht is niet te lezen bij ‘{value}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unbalanced quote in &apos;{value}&apos;.</source>
        <translation>Niet afgesloten aanhalingsteken in ‘{value}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown search facet &apos;{name}&apos; in &apos;{value}&apos; (known: {other}).</source>
        <translation>Onbekend zoekcriterium ‘{name}’ in ‘{value}’ (bekend: {other}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; needs a value.</source>
        <translation>‘{value}’ heeft een waarde nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved searches refer to each other too deeply (in:... loop?).</source>
        <translation>Bewaarde zoekopdrachten verwijzen te diep naar elkaar (in:…-lus?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown sort in &apos;{value}&apos; (use {other}).</source>
        <translation>Onbekende sortering in ‘{value}’ (gebruik {other}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session matches &apos;{name}&apos; in &apos;{value}&apos;.</source>
        <translation>Geen sessie komt overeen met ‘{name}’ in ‘{value}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No person &apos;{name}&apos; in &apos;{value}&apos;.</source>
        <translation>Geen persoon ‘{name}’ in ‘{value}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tag &apos;{name}&apos; in &apos;{value}&apos;.</source>
        <translation>Geen trefwoord ‘{name}’ in ‘{value}’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: use {name}:value.</source>
        <translation>‘{value}’: gebruik {name}:waarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: faces must be 0, 1 or 2+.</source>
        <translation>‘{value}’: faces moet 0, 1 of 2+ zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: {name} cannot be searched.</source>
        <translation>‘{value}’: op {name} kan niet gezocht worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: {name} must be one of {other}.</source>
        <translation>‘{value}’: {name} moet een van {other} zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: {name} takes {other}, or a status or kind.</source>
        <translation>‘{value}’: {name} neemt {other}, of een status of soort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos;: the rating must be a number from 0 to 5.</source>
        <translation>‘{value}’: de waardering moet een getal van 0 tot 5 zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: the rating must be from 0 to 5.</source>
        <translation>‘{value}’: de waardering moet van 0 tot 5 gaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos;: give a day number, a date YYYY-MM-DD or a label.</source>
        <translation>‘{value}’: geef een dagnummer, een datum JJJJ-MM-DD of een label.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: no programme day on {name}.</source>
        <translation>‘{value}’: geen programmadag op {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: &apos;{name}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>‘{value}’: ‘{name}’ is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: give a date range such as 2022-06-01..2022-06-02.</source>
        <translation>‘{value}’: geef een periode zoals 2022-06-01..2022-06-02.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: {why}</source>
        <translation>‘{value}’: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {why}</source>
        <translation>bestand {name}: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed name template {value}: {why}</source>
        <translation>Ongeldig naamsjabloon {value}: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the drive holding the original is offline; nothing was written beside it</source>
        <translation>de schijf met het origineel is offline; er is niets naast geschreven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the original file is missing; a sidecar beside it would be orphaned</source>
        <translation>het originele bestand ontbreekt; een sidecar ernaast zou verweesd zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this catalogue has no folder to mirror sidecars into; give one</source>
        <translation>deze catalogus heeft geen map om sidecars in te spiegelen; geef er een op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read it: {why}</source>
        <translation>kan het niet lezen: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no metadata to write</source>
        <translation>geen metadata om te schrijven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an existing sidecar written by another program was left alone (refuse mode)</source>
        <translation>een bestaande sidecar van een ander programma is ongemoeid gelaten (weigermodus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the existing sidecar is not usable XMP ({why}); it was left alone</source>
        <translation>de bestaande sidecar is geen bruikbare XMP ({why}); hij is ongemoeid gelaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write it: {why}</source>
        <translation>kan het niet schrijven: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no mirrored sidecar, and the drive holding the original is offline</source>
        <translation>geen gespiegelde sidecar, en de schijf met het origineel is offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sidecar found</source>
        <translation>geen sidecar gevonden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sidecar cannot be read ({why})</source>
        <translation>de sidecar kan niet gelezen worden ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>bijschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alt text</source>
        <translation>alternatieve tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scene cut</source>
        <translation>scènewissel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of silence</source>
        <translation>einde van een stilte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start of silence</source>
        <translation>begin van een stilte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of black</source>
        <translation>einde van zwart beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start of black</source>
        <translation>begin van zwart beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag</source>
        <translation>Een trefwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session title</source>
        <translation>Een sessietitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collection name</source>
        <translation>Een collectienaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>De beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>De vlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour label</source>
        <translation>Het kleurlabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent status</source>
        <translation>De toestemmingsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction</source>
        <translation>De beperking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUL</source>
        <translation>het teken NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line break</source>
        <translation>een regeleinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tab</source>
        <translation>een tab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is no longer there</source>
        <translation>het bestand is er niet meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder is no longer there</source>
        <translation>de map is er niet meer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access to it is denied</source>
        <translation>de toegang wordt geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive reported a read error</source>
        <translation>de schijf meldde een leesfout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name is longer than the system allows</source>
        <translation>de naam is langer dan het systeem toelaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device holding it is not available</source>
        <translation>het apparaat waarop het staat is niet beschikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network share holding it stopped answering</source>
        <translation>de netwerkshare waarop het staat antwoordt niet meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive or share holding it stopped answering</source>
        <translation>de schijf of share waarop het staat antwoordt niet meer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive holding it is not attached</source>
        <translation>de schijf waarop het staat is niet aangesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it claims to be so large that opening it could exhaust the memory</source>
        <translation>het beweert zo groot te zijn dat openen het geheugen kan uitputten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is protected by a password</source>
        <translation>het is beveiligd met een wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is cut short, perhaps an incomplete copy or download</source>
        <translation>het bestand is afgekapt, misschien een onvolledige kopie of download</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its structure is damaged</source>
        <translation>de structuur is beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its contents are damaged or not in the format its name says</source>
        <translation>de inhoud is beschadigd of niet in het formaat dat de naam aangeeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading it needs more memory than is allowed</source>
        <translation>het lezen vraagt meer geheugen dan toegestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it uses an encoding that is not supported</source>
        <translation>het gebruikt een codering die niet ondersteund wordt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it may be damaged</source>
        <translation>het bestand is misschien beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture holds camera metadata but is damaged before its image data</source>
        <translation>een afbeelding bevat cameragegevens maar is beschadigd vóór haar beeldgegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a picture in it does not follow its format, so its metadata cannot be removed</source>
        <translation>een afbeelding in het document volgt haar formaat niet, dus haar metadata kunnen niet verwijderd worden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sound or video in it cannot be rewritten without its metadata, such as a GPS position or the device</source>
        <translation>een geluid of video in het document kan niet herschreven worden zonder zijn metadata, zoals een gps-positie of het toestel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an object is embedded in it in a form whose author names cannot be removed; replace the object with a picture of it</source>
        <translation>er is een object in ingesloten in een vorm waarvan de auteursnamen niet verwijderd kunnen worden; vervang het object door een afbeelding ervan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a comma is missing between two entries</source>
        <translation>er ontbreekt een komma tussen twee items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon is missing after a name</source>
        <translation>er ontbreekt een dubbele punt na een naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name is not in double quotes, or a comma comes before a closing brace</source>
        <translation>een naam staat niet tussen dubbele aanhalingstekens, of er staat een komma vóór een sluitende accolade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value is missing or is not a JSON value</source>
        <translation>er ontbreekt een waarde of ze is geen JSON-waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text is not closed with a double quote</source>
        <translation>een tekst wordt niet gesloten met een dubbel aanhalingsteken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something follows the end of the data</source>
        <translation>er volgt nog iets na het einde van de gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text holds a line break or another control character</source>
        <translation>een tekst bevat een regeleinde of een ander stuurteken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backslash sequence in a text is not valid</source>
        <translation>een reeks met een backslash in een tekst is ongeldig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma comes before a closing bracket</source>
        <translation>er staat een komma vóór een sluitend haakje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a closing tag does not match its opening tag</source>
        <translation>een sluittag past niet bij de openingstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character is not allowed there, such as an unescaped &amp; or &lt;</source>
        <translation>een teken is daar niet toegestaan, zoals een niet-ge-escapete &amp; of &lt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag or a text is not closed</source>
        <translation>een tag of tekst is niet gesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file ends before its content is complete</source>
        <translation>het bestand eindigt voordat de inhoud compleet is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something follows the end of the document</source>
        <translation>er volgt nog iets na het einde van het document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entity such as &amp;nbsp; is not defined in XML</source>
        <translation>een entiteit zoals &amp;nbsp; is niet gedefinieerd in XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attribute is given twice</source>
        <translation>een attribuut staat er twee keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a { is not closed with a }</source>
        <translation>een { wordt niet gesloten met een }</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a } has no { before it</source>
        <translation>een } heeft geen { ervoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a token&apos;s format, after its : or !, cannot be applied to it</source>
        <translation>de opmaak van een token, na zijn : of !, kan er niet op worden toegepast</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at line %2</source>
        <translation>%1 op regel %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default time zone</source>
        <translation>standaardtijdzone</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>there is no picture or sound in it</source>
        <translation>er zit geen beeld of geluid in</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../gui/dialogs/ingest.py" line="-354"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../gui/dialogs/assignment.py" line="-453"/>
        <source>Inside the session</source>
        <translation>Binnen de sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parallel sessions: choose</source>
        <translation>Parallelle sessies: kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned by hand</source>
        <translation>Met de hand toegewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No capture time</source>
        <translation>Geen opnametijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session matches</source>
        <translation>Geen sessie past</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assigned by hand; kept</source>
        <translation>met de hand toegewezen; behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no capture time</source>
        <translation>geen opnametijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the file’s date is known (often when it was copied): assign by hand</source>
        <translation>alleen de datum van het bestand is bekend (vaak het moment van kopiëren): wijs met de hand toe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parallel sessions at %1: %2</source>
        <translation>parallelle sessies om %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured %1, no session within %2 min</source>
        <translation>opgenomen op %1, geen sessie binnen %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured %1, on a date with no session in the programme</source>
        <translation>opgenomen op %1, op een dag zonder sessie in het programma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>captured %1, equally near to %2 parallel sessions</source>
        <translation>opgenomen op %1, even dicht bij %2 parallelle sessies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>captured %1, %4 min before “%2” (%3)</source>
        <translation>opgenomen op %1, %4 min vóór ‘%2’ (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured %1, %4 min after “%2” (%3)</source>
        <translation>opgenomen op %1, %4 min na ‘%2’ (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no session matches the document well enough</source>
        <translation>geen sessie past goed genoeg bij het document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session matches the document well enough (best score %1)</source>
        <translation>geen sessie past goed genoeg bij het document (beste score %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document matches %1 sessions about equally</source>
        <translation>het document past ongeveer even goed bij %1 sessies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document matches “%1” by title, speakers or file name (score %3)</source>
        <translation>het document past bij ‘%1’ op titel, sprekers of bestandsnaam (score %3)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>captured %1, inside “%2” (%3)</source>
        <translation>opgenomen op %1, tijdens ‘%2’ (%3)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Nearest session</source>
        <translation>Dichtstbijzijnde sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No session near</source>
        <translation>Geen sessie in de buurt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document matches the session</source>
        <translation>Document past bij de sessie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>recording from %1 overlaps %2 parallel sessions</source>
        <translation>opname vanaf %1 overlapt %2 parallelle sessies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recording from %1 overlaps “%2” (%3) for %4 min (%5 of it)</source>
        <translation>opname vanaf %1 overlapt ‘%2’ (%3) gedurende %4 min (%5 ervan)</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Choose: %1</source>
        <translation>Kiezen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By hand</source>
        <translation>Met de hand</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../gui/qt_texts.py" line="+21"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-5"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <location filename="../../gui/controllers/reveal.py" line="+39"/>
        <source>The file is not reachable from this computer: %1</source>
        <translation>Het bestand is vanaf deze computer niet bereikbaar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finding the file</source>
        <translation>Het bestand zoeken</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../gui/dialogs/schedule_editor.py" line="-506"/>
        <source>Schedule Editor</source>
        <translation>Roostereditor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add Day…</source>
        <translation>Dag toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day in Other Languages…</source>
        <translation>Dag in andere talen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shown day&apos;s name in the caption languages: pages, exports and the app in one of them show it instead of the programme&apos;s</source>
        <translation>De naam van de getoonde dag in de bijschrifttalen: pagina’s, exports en de app in een van die talen tonen hem in plaats van die van het programma</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+163"/>
        <source>Add Session</source>
        <translation>Sessie toevoegen</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Delete Session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Programme…</source>
        <translation>Programma importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event…</source>
        <translation>Evenement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event in Other Languages…</source>
        <translation>Evenement in andere talen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click or type to edit a cell; times are HH:MM in the event&apos;s time zone. %1 in the main window undoes changes.</source>
        <translation>Dubbelklik of typ om een cel te bewerken; tijden zijn HH:MM in de tijdzone van het evenement. %1 in het hoofdvenster maakt wijzigingen ongedaan.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+173"/>
        <source>No event yet: import a programme or set up the event.</source>
        <translation>Nog geen evenement: importeer een programma of stel het evenement in.</translation>
    </message>
    <message numerus="yes">
        <location line="-164"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme language not said</source>
        <translation>Taal van het programma niet opgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme in %1</source>
        <translation>Programma in het %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add Day</source>
        <translation>Dag toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Label (optional)</source>
        <translation>Label (optioneel)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+75"/>
        <source>Add a day first.</source>
        <translation>Voeg eerst een dag toe.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+137"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The caption languages (Preferences) are only the programme&apos;s own: add another to give the programme&apos;s texts in it.</source>
        <translation>De bijschrifttalen (Voorkeuren) zijn alleen die van het programma: voeg er een toe om de teksten van het programma daarin te geven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a session first.</source>
        <translation>Kies eerst een sessie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>Title (%1)</source>
        <translation>Titel (%1)</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Room (%1)</source>
        <translation>Zaal (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Description (%1)</source>
        <translation>Beschrijving (%1)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Session in Other Languages</source>
        <translation>Sessie in andere talen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name (%1)</source>
        <translation>Naam (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day in Other Languages</source>
        <translation>Dag in andere talen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Venue (%1)</source>
        <translation>Locatie (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser (%1)</source>
        <translation>Organisator (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event in Other Languages</source>
        <translation>Evenement in andere talen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+33"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Time zone (e.g. Europe/Brussels):</source>
        <translation>Tijdzone (bv. Europe/Brussels):</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>Session in Other Languages…</source>
        <translation>Sessie in andere talen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected session&apos;s title, room and description in the caption languages: pages, posts, exports and the app in one of them show them instead of the programme&apos;s</source>
        <translation>De titel, zaal en beschrijving van de geselecteerde sessie in de bijschrifttalen: pagina’s, berichten, exports en de app in een van die talen tonen ze in plaats van die van het programma</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>Not said</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the programme&apos;s texts (titles, venue, rooms):</source>
        <translation>Taal van de teksten van het programma (titels, locatie, zalen):</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../gui/widgets/scope_bar.py" line="+213"/>
        <source>A sidebar click changes the source; the search and the chips stay until you remove them here.</source>
        <translation>Een klik in de zijbalk wijzigt de bron; de zoekopdracht en de filters blijven tot u ze hier verwijdert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+51"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>All items</source>
        <translation>Alle items</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source: %1 (remove to show all items)</source>
        <translation>Bron: %1 (verwijderen om alle items te tonen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search: %1 (remove to clear the search)</source>
        <translation>Zoekopdracht: %1 (verwijderen om de zoekopdracht te wissen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter: %1 (remove it)</source>
        <translation>Filter: %1 (verwijderen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show everything</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all items, with no search and no chips</source>
        <translation>Terug naar alle items, zonder zoekopdracht of filter</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
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
    <name>ScopeController</name>
    <message>
        <location filename="../../gui/controllers/scope.py" line="+173"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not confirmed by the fixity check</source>
        <translation>Niet bevestigd door de integriteitscontrole</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Found by the scan at %1</source>
        <translation>Gevonden bij de scan van %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New in the scan at %1</source>
        <translation>Nieuw bij de scan van %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed by the scan at %1</source>
        <translation>Gewijzigd bij de scan van %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All items</source>
        <translation>Alle items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search all items</source>
        <translation>In alle items zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in “%1” matches %2</source>
        <translation>Niets in ‘%1’ komt overeen met %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search and the filters above hide everything in this view.</source>
        <translation>De zoekopdracht en de filters hierboven verbergen alles in deze weergave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a Folder…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all items</source>
        <translation>Alle items tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalogue is empty</source>
        <translation>Deze catalogus is leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a folder or a drive to catalogue its photos, videos and slides (or drop a folder on the window). The originals are never changed.</source>
        <translation>Voeg een map of schijf toe om de foto’s, video’s en presentaties ervan te catalogiseren (of sleep een map naar het venster). De originelen worden nooit gewijzigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in “%1” yet</source>
        <translation>Nog niets in ‘%1’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder that holds some.</source>
        <translation>Voeg een map toe die er bevat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No errors</source>
        <translation>Geen fouten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every catalogued file could be read.</source>
        <translation>Alle gecatalogiseerde bestanden konden worden gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No warnings</source>
        <translation>Geen waarschuwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file was read with a problem.</source>
        <translation>Geen enkel bestand gaf een probleem bij het lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is missing</source>
        <translation>Er ontbreekt niets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every catalogued file is where it was at the last scan.</source>
        <translation>Elk gecatalogiseerd bestand staat waar het bij de laatste scan stond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is offline</source>
        <translation>Niets is offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every folder of the catalogue is reachable.</source>
        <translation>Alle mappen van de catalogus zijn bereikbaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duplicates</source>
        <translation>Geen duplicaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two catalogued files have the same content.</source>
        <translation>Geen twee gecatalogiseerde bestanden hebben dezelfde inhoud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems</source>
        <translation>Geen problemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every item is in a session</source>
        <translation>Elk item hoort bij een sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items captured outside the programme&apos;s sessions would be listed here.</source>
        <translation>Items die buiten de sessies van het programma zijn gemaakt, zouden hier staan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No items in this session yet</source>
        <translation>Nog geen items in deze sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign items by their capture time, or drag items onto the session.</source>
        <translation>Wijs items toe op basis van hun opnametijd, of sleep ze naar de sessie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign Items…</source>
        <translation>Items toewijzen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was captured on this day</source>
        <translation>Op deze dag is niets opgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a camera&apos;s clock was wrong, its photos may sit on another day.</source>
        <translation>Als de klok van een camera verkeerd stond, staan de foto’s misschien bij een andere dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix Camera Clocks…</source>
        <translation>Cameraklokken corrigeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches this smart collection yet</source>
        <translation>Nog niets komt overeen met deze slimme collectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its saved search finds no items; new matching items appear here.</source>
        <translation>De opgeslagen zoekopdracht vindt geen items; nieuwe overeenkomende items verschijnen hier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This collection is empty</source>
        <translation>Deze collectie is leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select items and press B, or drag them onto the collection in the sidebar.</source>
        <translation>Selecteer items en druk op B, of sleep ze naar de collectie in de zijbalk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No items are tagged “%1”</source>
        <translation>Geen items met het trefwoord ‘%1’</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select items and press T to add a keyword, %1 for a person.</source>
        <translation>Selecteer items en druk op T om een trefwoord toe te voegen, %1 voor een persoon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to show</source>
        <translation>Niets te tonen</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="+37"/>
        <source>Photos</source>
        <translation>Foto’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Video’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides</source>
        <translation>Presentaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejects</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Search (%1): words, day:1 session:roundtable kind:photo rating&gt;=3 …</source>
        <translation>Zoeken (%1): woorden, dag:1 sessie:rondetafel soort:photo sterren&gt;=3 …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Words find titles, captions, names and keywords (the start of a word is enough).&lt;/p&gt;&lt;p&gt;Keys narrow the result:&lt;br&gt;&lt;b&gt;day:&lt;/b&gt;1 &amp;nbsp; &lt;b&gt;session:&lt;/b&gt;roundtable &amp;nbsp; &lt;b&gt;room:&lt;/b&gt;Aula&lt;br&gt;&lt;b&gt;kind:&lt;/b&gt;photo, video, slides, document&lt;br&gt;&lt;b&gt;rating&amp;gt;=&lt;/b&gt;3 &amp;nbsp; &lt;b&gt;flag:&lt;/b&gt;pick, reject &amp;nbsp; &lt;b&gt;consent:&lt;/b&gt;cleared&lt;br&gt;&lt;b&gt;tag:&lt;/b&gt;migration &amp;nbsp; &lt;b&gt;person:&lt;/b&gt;name &amp;nbsp; &lt;b&gt;in:&lt;/b&gt;collection&lt;br&gt;&lt;b&gt;date:&lt;/b&gt;2022-06-01 &amp;nbsp; &lt;b&gt;sort:&lt;/b&gt;rating&lt;/p&gt;&lt;p&gt;Quotes keep spaces: session:&quot;EMN roundtable&quot;. A leading minus excludes: -flag:reject. The English keys work in every language.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Woorden vinden titels, bijschriften, namen en trefwoorden (het begin van een woord volstaat).&lt;/p&gt;&lt;p&gt;Sleutels verfijnen het resultaat:&lt;br&gt;&lt;b&gt;dag:&lt;/b&gt;1 &amp;nbsp; &lt;b&gt;sessie:&lt;/b&gt;rondetafel &amp;nbsp; &lt;b&gt;zaal:&lt;/b&gt;Aula&lt;br&gt;&lt;b&gt;soort:&lt;/b&gt;foto, video, presentatie, document&lt;br&gt;&lt;b&gt;sterren&amp;gt;=&lt;/b&gt;3 &amp;nbsp; &lt;b&gt;vlag:&lt;/b&gt;gekozen, afgewezen &amp;nbsp; &lt;b&gt;toestemming:&lt;/b&gt;vrijgegeven&lt;br&gt;&lt;b&gt;trefwoord:&lt;/b&gt;migratie &amp;nbsp; &lt;b&gt;persoon:&lt;/b&gt;naam &amp;nbsp; &lt;b&gt;collectie:&lt;/b&gt;naam&lt;br&gt;&lt;b&gt;datum:&lt;/b&gt;2022-06-01 &amp;nbsp; &lt;b&gt;sorteer:&lt;/b&gt;beoordeling&lt;/p&gt;&lt;p&gt;Aanhalingstekens houden spaties: sessie:&quot;EMN roundtable&quot;. Een minteken sluit uit: -vlag:afgewezen. De Engelse sleutels (day:, session:, kind:…) werken in elke taal; een bewaarde zoekopdracht houdt ze.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show only these, by each item&apos;s own consent: a photo of a session not for publication or of a person whose consent is restricted can be counted here; its card says it is held back (click again to clear)</source>
        <translation>Alleen deze tonen, volgens de eigen toestemming van elk item: een foto van een sessie die niet voor publicatie is of van een persoon met beperkte toestemming kan hier meetellen; de miniatuur zegt dat hij wordt tegengehouden (klik opnieuw om te wissen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only the items marked do not publish themselves: a photo of a session not for publication or of a person who withdrew consent is not counted here; its card says it is held back (click again to clear)</source>
        <translation>Alleen de items tonen die zelf als niet publiceren gemarkeerd zijn: een foto van een sessie die niet voor publicatie is of van een persoon die toestemming heeft ingetrokken telt hier niet mee; de miniatuur zegt dat hij wordt tegengehouden (klik opnieuw om te wissen)</translation>
    </message>
    <message>
        <location filename="../../gui/query_values.py" line="+30"/>
        <location filename="../../gui/widgets/search_bar.py" line="-215"/>
        <source>Unflagged</source>
        <translation>Zonder vlag</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="+3"/>
        <source>Cleared</source>
        <translation>Vrijgegeven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No publish</source>
        <translation>Niet publiceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No session</source>
        <translation>Geen sessie</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Show only these (click again to clear)</source>
        <translation>Alleen deze tonen (klik opnieuw om te wissen)</translation>
    </message>
</context>
<context>
    <name>SearchValue</name>
    <message>
        <location filename="../../gui/query_values.py" line="+14"/>
        <source>duplicate</source>
        <comment>is:duplicate</comment>
        <translation>dubbel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <comment>is:unassigned (no session)</comment>
        <translation>geen sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segmented</source>
        <comment>is:segmented (a cut recording)</comment>
        <translation>gesegmenteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>session:none (in no session)</comment>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <comment>person:unknown (a face)</comment>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>faces:none (no face)</comment>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape</source>
        <translation>liggend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portrait</source>
        <translation>staand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>square</source>
        <translation>vierkant</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../gui/dialogs/schedule_editor.py" line="-480"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not for publication</source>
        <translation>Niet voor publicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not record</source>
        <translation>Niet opnemen</translation>
    </message>
</context>
<context>
    <name>ShiftModel</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="-930"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session now</source>
        <translation>Sessie nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session after</source>
        <translation>Sessie daarna</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="+38"/>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Find an action or a key…</source>
        <translation>Een actie of toets zoeken…</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/models/sidebar_model.py" line="+215"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items</source>
        <translation>Alle items</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Photos</source>
        <translation>Foto’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Video’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides</source>
        <translation>Presentaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other files</source>
        <translation>Overige bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files smparchive does not read inside (spreadsheets, text, archives ...): catalogued by name, size, dates and content hash</source>
        <translation>Bestanden waarvan smparchive de inhoud niet leest (spreadsheets, tekst, archieven …): gecatalogiseerd op naam, grootte, datums en inhoudshash</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Collections</source>
        <translation>Collecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart collections</source>
        <translation>Slimme collecties</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Ontbrekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No session</source>
        <translation>Geen sessie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folders</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected: its items stay in the catalogue.</source>
        <translation>Niet verbonden: de items ervan blijven in de catalogus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect the drive or share, or right-click to say where the folder is now.</source>
        <translation>Sluit de schijf of share aan, of klik met de rechtermuisknop om aan te geven waar de map nu staat.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Files that could not be read: catalogued with the reason</source>
        <translation>Bestanden die niet gelezen konden worden: gecatalogiseerd met de reden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files read with a problem (truncated, no thumbnail possible) that still serve</source>
        <translation>Bestanden die met een probleem zijn gelezen (afgekapt, geen miniatuur mogelijk) maar nog bruikbaar zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files gone from a folder that is reachable</source>
        <translation>Bestanden die verdwenen zijn uit een bereikbare map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files on a drive or share that is not connected</source>
        <translation>Bestanden op een schijf of share die niet verbonden is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files with the same content as another catalogued file</source>
        <translation>Bestanden met dezelfde inhoud als een ander gecatalogiseerd bestand</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Duplicates</source>
        <translation>Duplicaten</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="+8"/>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
<context>
    <name>SidecarSummaryDialog</name>
    <message>
        <location filename="../../gui/dialogs/sidecar_summary.py" line="+40"/>
        <source>XMP Sidecars Written</source>
        <translation>XMP-sidecars geschreven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>XMP Sidecars Read</source>
        <translation>XMP-sidecars gelezen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln of %2 items: sidecar written</source>
        <translation>
            <numerusform>%Ln van %2 items: sidecar geschreven</numerusform>
            <numerusform>%Ln van %2 items: sidecars geschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nieuw</numerusform>
            <numerusform>%Ln nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln bijgewerkt</numerusform>
            <numerusform>%Ln bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln samengevoegd</numerusform>
            <numerusform>%Ln samengevoegd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln already up to date</source>
        <translation>
            <numerusform>%Ln al bijgewerkt</numerusform>
            <numerusform>%Ln al bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln overgeslagen</numerusform>
            <numerusform>%Ln overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln vraagt aandacht</numerusform>
            <numerusform>%Ln vragen aandacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%Ln of %2 items changed from their sidecars (Edit &gt; Undo reverts it)</source>
        <translation>
            <numerusform>%Ln van %2 items gewijzigd op basis van hun sidecars (Bewerken &gt; Ongedaan maken draait het terug)</numerusform>
            <numerusform>%Ln van %2 items gewijzigd op basis van hun sidecars (Bewerken &gt; Ongedaan maken draait het terug)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidecars</name>
    <message numerus="yes">
        <location filename="../../gui/controllers/sidecars.py" line="+29"/>
        <source>Writing %Ln XMP sidecars</source>
        <translation>
            <numerusform>%Ln XMP-sidecar schrijven</numerusform>
            <numerusform>%Ln XMP-sidecars schrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reading %Ln XMP sidecars</source>
        <translation>
            <numerusform>%Ln XMP-sidecar lezen</numerusform>
            <numerusform>%Ln XMP-sidecars lezen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing sidecars failed: %1</source>
        <translation>Sidecars schrijven is mislukt: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading sidecars failed: %1</source>
        <translation>Sidecars lezen is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>StarsField</name>
    <message numerus="yes">
        <location filename="../../gui/widgets/fields.py" line="+147"/>
        <source>%n stars (key %1)</source>
        <translation>
            <numerusform>%n ster (toets %1)</numerusform>
            <numerusform>%n sterren (toets %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mixed</source>
        <translation>gemengd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mixed ratings</source>
        <translation>Gemengde beoordelingen</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../gui/start_window.py" line="-52"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+52"/>
        <source>Opening the catalogue…</source>
        <translation>De catalogus wordt geopend…</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>Opening %1.</source>
        <translation>%1 wordt geopend.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The catalogue could not be opened</source>
        <translation>De catalogus kon niet worden geopend</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="+43"/>
        <source>Ok, with %n warnings</source>
        <translation>
            <numerusform>OK, met %n waarschuwing</numerusform>
            <numerusform>OK, met %n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../gui/controllers/browser.py" line="+351"/>
        <location line="+10"/>
        <source>Searching</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checking which days the results are on</source>
        <translation>Controleren op welke dagen de resultaten vallen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Finding every item of the search</source>
        <translation>Alle gevonden items opzoeken</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Counting the quick filters</source>
        <translation>Snelfilters tellen</translation>
    </message>
    <message>
        <location filename="../../gui/cache_limit.py" line="+29"/>
        <source>Trimming the preview cache</source>
        <translation>Voorbeeldcache verkleinen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/thumbnails.py" line="+149"/>
        <source>Preparing to make thumbnails</source>
        <translation>Miniaturen voorbereiden</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/assignment.py" line="+117"/>
        <source>Reading the proposed assignments</source>
        <translation>Voorgestelde toewijzingen lezen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="+258"/>
        <location line="+30"/>
        <source>Reading the timeline</source>
        <translation>Tijdlijn lezen</translation>
    </message>
    <message>
        <location line="+337"/>
        <location line="+33"/>
        <source>Reading the cameras</source>
        <translation>Camera’s lezen</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Previewing the clock correction</source>
        <translation>Voorbeeld van de klokcorrectie</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_history.py" line="+89"/>
        <source>Reading the export history</source>
        <translation>Exportgeschiedenis lezen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/schedule_editor.py" line="+210"/>
        <source>Reading the programme</source>
        <translation>Programma lezen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="-478"/>
        <source>Summing up the selection</source>
        <translation>Selectie samenvatten</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Reading the sidebar</source>
        <translation>Zijbalk lezen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Counting the sidebar&apos;s items</source>
        <translation>Items in de zijbalk tellen</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Drafting the alt text</source>
        <translation>Alternatieve tekst opstellen</translation>
    </message>
    <message>
        <location filename="../../gui/models/item_store.py" line="+311"/>
        <location line="+134"/>
        <location line="+147"/>
        <location line="+18"/>
        <source>Reading the items</source>
        <translation>Items lezen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Reading a page of items</source>
        <translation>Een pagina items lezen</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="-243"/>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
</context>
<context>
    <name>ThumbnailRepair</name>
    <message>
        <location filename="../../gui/controllers/thumbnails.py" line="+53"/>
        <source>Making missing thumbnails</source>
        <translation>Ontbrekende miniaturen maken</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../gui/views/timeline.py" line="+99"/>
        <location line="+98"/>
        <source>No items on this day</source>
        <translation>Geen items op deze dag</translation>
    </message>
    <message numerus="yes">
        <location line="-97"/>
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
            <numerusform>%Ln erbuiten</numerusform>
            <numerusform>%Ln erbuiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="-450"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../gui/undo.py" line="+9"/>
        <source>Undoing “%1” removes %2 and the items catalogued in it (%3) from the catalogue, with their tags, captions and ratings. The files stay where they are.</source>
        <translation>Als u ‘%1’ ongedaan maakt, verdwijnen %2 en de items die erin gecatalogiseerd zijn (%3) uit de catalogus, met hun trefwoorden, bijschriften en waarderingen. De bestanden blijven waar ze zijn.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Undoing “%1” changes %Ln items.</source>
        <translation>
            <numerusform>Als u ‘%1’ ongedaan maakt, verandert %Ln item.</numerusform>
            <numerusform>Als u ‘%1’ ongedaan maakt, veranderen %Ln items.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be undone while its scan is running: cancel the scan or wait for it to finish.</source>
        <translation>‘%1’ kan niet ongedaan gemaakt worden terwijl de scan loopt: annuleer de scan of wacht tot hij klaar is.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undo a large step?</source>
        <translation>Een grote stap ongedaan maken?</translation>
    </message>
</context>
<context>
    <name>VerifyModel</name>
    <message>
        <location filename="../../gui/dialogs/verify_summary.py" line="+23"/>
        <source>Damaged</source>
        <translation>Beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Ontbrekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>VerifySummaryDialog</name>
    <message>
        <location line="+36"/>
        <source>Fixity Check</source>
        <translation>Integriteitscontrole</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show Them</source>
        <translation>Ze tonen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln files checked</source>
        <translation>
            <numerusform>%Ln bestand gecontroleerd</numerusform>
            <numerusform>%Ln bestanden gecontroleerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: %1 so far.</source>
        <translation>Gestopt: %1 tot nu toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: every file has the bytes it had when catalogued.</source>
        <translation>%1: elk bestand heeft de bytes die het had toen het werd gecatalogiseerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln damaged: the bytes changed although size and date did not (bit rot or a bad copy); they are listed under Problems &gt; Errors.</source>
        <translation>
            <numerusform>%Ln beschadigd: de bytes zijn veranderd terwijl grootte en datum gelijk bleven (bitrot of een slechte kopie); het staat onder Problemen &gt; Fouten.</numerusform>
            <numerusform>%Ln beschadigd: de bytes zijn veranderd terwijl grootte en datum gelijk bleven (bitrot of een slechte kopie); ze staan onder Problemen &gt; Fouten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln no longer there.</source>
        <translation>
            <numerusform>%Ln is er niet meer.</numerusform>
            <numerusform>%Ln zijn er niet meer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln edited since the last scan: rescan them.</source>
        <translation>
            <numerusform>%Ln gewijzigd sinds de laatste scan: scan het opnieuw.</numerusform>
            <numerusform>%Ln gewijzigd sinds de laatste scan: scan ze opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln could not be checked.</source>
        <translation>
            <numerusform>%Ln kon niet worden gecontroleerd.</numerusform>
            <numerusform>%Ln konden niet worden gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln on folders or drives that are not connected were not checked.</source>
        <translation>
            <numerusform>%Ln op een map of schijf die niet verbonden is, is niet gecontroleerd.</numerusform>
            <numerusform>%Ln op mappen of schijven die niet verbonden zijn, zijn niet gecontroleerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewerKeys</name>
    <message>
        <location filename="../../gui/viewers/keys.py" line="+13"/>
        <location line="+78"/>
        <location line="+108"/>
        <source>Next item</source>
        <translation>Volgend item</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+77"/>
        <location line="+103"/>
        <source>Previous item</source>
        <translation>Vorig item</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+7"/>
        <source>Next or previous item</source>
        <translation>Volgend of vorig item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First item (Home too, for a photo)</source>
        <translation>Eerste item (ook Home, bij een foto)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last item (End too, for a photo)</source>
        <translation>Laatste item (ook End, bij een foto)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+161"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+161"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Fit the photo in the window</source>
        <translation>Foto passend in het venster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actual size or fit, in turn</source>
        <translation>Om beurten werkelijke grootte of passend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or hide the photo&apos;s details</source>
        <translation>Details van de foto tonen of verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move around a zoomed photo</source>
        <translation>Door een ingezoomde foto bewegen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back one item</source>
        <translation>Eén item terug</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Play or pause</source>
        <translation>Afspelen of pauzeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back 5 seconds</source>
        <translation>5 seconden terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 5 seconds</source>
        <translation>5 seconden vooruit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back 30 seconds</source>
        <translation>30 seconden terug</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forward 30 seconds</source>
        <translation>30 seconden vooruit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous frame</source>
        <translation>Vorig beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame</source>
        <translation>Volgend beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower</source>
        <translation>Langzamer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play backwards, faster with each press</source>
        <translation>Achteruit afspelen, sneller bij elke druk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play forwards, faster with each press</source>
        <translation>Vooruit afspelen, sneller bij elke druk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Louder</source>
        <translation>Luider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quieter</source>
        <translation>Zachter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute or unmute</source>
        <translation>Geluid uit of aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the start</source>
        <translation>Naar het begin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the in point (a segment&apos;s start)</source>
        <translation>Beginpunt zetten (begin van een segment)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the out point (a segment&apos;s end)</source>
        <translation>Eindpunt zetten (einde van een segment)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a chapter here (a segment)</source>
        <translation>Hier een hoofdstuk toevoegen (een segment)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this frame as poster frame</source>
        <translation>Dit beeld als posterbeeld gebruiken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cut the recording into sessions</source>
        <translation>De opname in sessies knippen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add captions to a segment</source>
        <translation>Ondertitels aan een segment toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the draft chapters</source>
        <translation>De voorlopige hoofdstukken bevestigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find words in the slides or pages</source>
        <translation>Woorden zoeken in de dia&apos;s of pagina&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit the page in the window</source>
        <translation>Pagina passend in het venster</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Next or previous page</source>
        <translation>Volgende of vorige pagina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First page</source>
        <translation>Eerste pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Laatste pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the text panel</source>
        <translation>Tekstpaneel tonen of verbergen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the next photo</source>
        <translation>Volgende foto kiezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Choose the previous photo</source>
        <translation>Vorige foto kiezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swap the chosen photo with the next (left and right)</source>
        <translation>Gekozen foto met de volgende wisselen (links en rechts)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../gui/controllers/vocabulary.py" line="+31"/>
        <source>Rename Keyword</source>
        <translation>Trefwoord hernoemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Keywords</source>
        <translation>Trefwoorden samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Keyword</source>
        <translation>Trefwoord verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that carry it (or a keyword under it): %1</source>
        <translation>Items met dit trefwoord (of een trefwoord eronder): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Person</source>
        <translation>Persoon hernoemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge People</source>
        <translation>Personen samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that name this person: %1</source>
        <translation>Items die deze persoon noemen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Organisation</source>
        <translation>Organisatie hernoemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Organisations</source>
        <translation>Organisaties samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that name it (or an organisation under it): %1</source>
        <translation>Items die deze organisatie noemen (of een organisatie eronder): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Place</source>
        <translation>Plaats hernoemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Places</source>
        <translation>Plaatsen samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Place</source>
        <translation>Plaats verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that name it (or a place under it): %1</source>
        <translation>Items die deze plaats noemen (of een plaats eronder): %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New name for %1:</source>
        <translation>Nieuwe naam voor %1:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 already exists. Merge %2 into it?</source>
        <translation>%1 bestaat al. %2 ermee samenvoegen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Items with %1: %2</source>
        <translation>Items met %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afterwards all of them carry %2; %1 undoes it.</source>
        <translation>Daarna hebben ze allemaal %2; %1 maakt het ongedaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete %1 from every item?</source>
        <translation>%1 van alle items verwijderen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 puts it back.</source>
        <translation>%1 zet hem terug.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/modes.py" line="+76"/>
        <source>Select two to four photos to compare them.</source>
        <translation>Selecteer twee tot vier foto’s om ze te vergelijken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select two or more items to survey them.</source>
        <translation>Selecteer twee of meer items om ze samen te bekijken.</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="+62"/>
        <source>←/→ previous/next · 1–5 rate · P pick · X reject · U unflag · I info · +/− zoom · C compare · F full screen</source>
        <translation>←/→ vorige/volgende · 1–5 beoordelen · P kiezen · X afwijzen · U vlag weg · I info · +/− zoomen · C vergelijken · F volledig scherm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 previous/next · 1–5 rate · P pick · X reject · U unflag</source>
        <translation>%1 vorige/volgende · 1–5 beoordelen · P kiezen · X afwijzen · U vlag weg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>←/→ or %1 pages · %2 previous/next · %3 find · %4 text · 1–5 rate · P pick · X reject · U unflag · +/− zoom</source>
        <translation>←/→ of %1 pagina&apos;s · %2 vorige/volgende · %3 zoeken · %4 tekst · 1–5 beoordelen · P kiezen · X afwijzen · U vlag weg · +/− zoomen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1/←/→ choose a photo · %2 swap it with the next · +/− zoom all together · 1–5 rate · P pick · X reject · U unflag · click the filmstrip to replace it</source>
        <translation>%1/←/→ foto kiezen · %2 met de volgende wisselen · +/− samen zoomen · 1–5 beoordelen · P kiezen · X afwijzen · U vlag weg · klik in de filmstrook om haar te vervangen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arrows choose a photo · 1–5 rate · P pick · X reject · U unflag · %1 loupe</source>
        <translation>Pijltjes: foto kiezen · 1–5 beoordelen · P kiezen · X afwijzen · U vlag weg · %1 loep</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 back to the grid</source>
        <translation>%1 terug naar het raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2 back to the grid</source>
        <translation>%1 of %2 terug naar het raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 back to the details</source>
        <translation>%1 terug naar de details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2 back to the details</source>
        <translation>%1 of %2 terug naar de details</translation>
    </message>
    <message numerus="yes">
        <location line="+281"/>
        <location line="+11"/>
        <source>%1 of %Ln selected</source>
        <translation>
            <numerusform>%1 van %Ln geselecteerd</numerusform>
            <numerusform>%1 van %Ln geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>auto-advance on</source>
        <translation>automatisch doorgaan aan</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the first %Ln photos</source>
        <translation>
            <numerusform>de eerste %Ln foto</numerusform>
            <numerusform>de eerste %Ln foto&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DayTimeline</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="-48"/>
        <source>%1 (not a programme day)</source>
        <translation>%1 (geen programmadag)</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>One lane per camera</source>
        <translation>Eén baan per camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One lane per kind</source>
        <translation>Eén baan per soort</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Bars: items per 5 minutes, a recording in each 5 minutes it runs through; a line under them: a recording, start to end. Blue: in or near a session; orange: no session within %Ln minutes (the assignment leaves them out).</source>
        <translation>
            <numerusform>Balken: items per 5 minuten, een opname in elke 5 minuten die ze beslaat; een lijn eronder: een opname, van begin tot eind. Blauw: in of vlak bij een sessie; oranje: geen sessie binnen %Ln minuut (de toewijzing laat ze buiten).</numerusform>
            <numerusform>Balken: items per 5 minuten, een opname in elke 5 minuten die ze beslaat; een lijn eronder: een opname, van begin tot eind. Blauw: in of vlak bij een sessie; oranje: geen sessie binnen %Ln minuten (de toewijzing laat ze buiten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message numerus="yes">
        <location line="+167"/>
        <source>%Ln of this camera</source>
        <translation>
            <numerusform>%Ln van deze camera</numerusform>
            <numerusform>%Ln van deze camera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location line="-400"/>
        <source>Unknown camera</source>
        <translation>Onbekende camera</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="-321"/>
        <source>corrected by %1</source>
        <translation>gecorrigeerd met %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <comment>no clock correction</comment>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>file date</source>
        <translation>bestandsdatum</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>camera EXIF with offset</source>
        <translation>EXIF van de camera, met tijdverschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera EXIF without offset</source>
        <translation>EXIF van de camera, zonder tijdverschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>XMP date</source>
        <translation>XMP-datum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>XMP sidecar date</source>
        <translation>datum uit het XMP-sidecarbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPTC date</source>
        <translation>IPTC-datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QuickTime creation date</source>
        <translation>QuickTime-aanmaakdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container date, UTC (phone or recorder)</source>
        <translation>containerdatum, UTC (telefoon of recorder)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>container date, camera&apos;s local time</source>
        <translation>containerdatum, lokale tijd van de camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container UTC</source>
        <translation>container (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document date</source>
        <translation>documentdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file date (not used for assignment)</source>
        <translation>bestandsdatum (niet gebruikt voor toewijzing)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cleared</source>
        <translation>Vrijgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal only</source>
        <translation>Alleen intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not publish</source>
        <translation>Niet publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Ontbrekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not read</source>
        <translation>Niet gelezen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>shows %1 (consent withdrawn on %2)</source>
        <translation>toont %1 (toestemming ingetrokken op %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flagged Rejected</source>
        <translation>gemarkeerd als Afgewezen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not for publication: every export holds back the session’s items</source>
        <translation>Niet voor publicatie: elke export houdt de items van de sessie tegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not record: every export holds back the session’s video and audio</source>
        <translation>Niet opnemen: elke export houdt de video en audio van de sessie tegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>closed</source>
        <translation>besloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>niet opgenomen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Will not be published: %1</source>
        <translation>Wordt niet gepubliceerd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal use only: %1</source>
        <translation>Alleen voor intern gebruik: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back until cleared: %1</source>
        <translation>Tegengehouden tot er toestemming is: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; </source>
        <comment>between the reasons an item is held back</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>smparchive catalogue</source>
        <translation>smparchive-catalogus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes</source>
        <translation>Programma’s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>d</source>
        <comment>symbol for days in a clock correction</comment>
        <translation>d</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Paars</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>consent unknown</source>
        <translation>toestemming onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleared for internal use only</source>
        <translation>alleen vrijgegeven voor intern gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked do not publish</source>
        <translation>gemarkeerd als niet publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session “%1” is not for publication</source>
        <translation>sessie ‘%1’ is niet bestemd voor publicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session “%1” was not to be recorded</source>
        <translation>sessie ‘%1’ mocht niet worden opgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shows %1 (consent unknown)</source>
        <translation>toont %1 (toestemming onbekend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shows %1 (internal use only)</source>
        <translation>toont %1 (alleen intern gebruik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shows %1 (do not publish)</source>
        <translation>toont %1 (niet publiceren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no alt text (needed to publish on a platform)</source>
        <translation>geen alternatieve tekst (nodig om op een platform te publiceren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alt text is still a draft</source>
        <translation>alternatieve tekst is nog een concept</translation>
    </message>
    <message>
        <location filename="../../gui/views/delegate.py" line="+149"/>
        <source>%n p</source>
        <translation>%n p.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No publish</source>
        <translation>Niet publiceren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/jobs.py" line="-94"/>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>viewers</name>
    <message>
        <location filename="../../gui/player/view.py" line="-724"/>
        <source>Mute (M)</source>
        <translation>Dempen (M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+753"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="-752"/>
        <source>Set the in point here (I)</source>
        <translation>Beginpunt hier zetten (I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+748"/>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location line="-747"/>
        <source>Set the out point here (O)</source>
        <translation>Eindpunt hier zetten (O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut into sessions…</source>
        <translation>In sessies knippen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Captions…</source>
        <translation>Ondertitels…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirm chapters</source>
        <translation>Hoofdstukken bevestigen</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>%1 play/pause · ←/→ 5 s · %2 30 s · ,/. frame · [/] speed · ↑/↓ volume · M mute · I/O in/out · %3 poster · %4 cut into sessions · F full screen</source>
        <translation>%1 afspelen/pauze · ←/→ 5 s · %2 30 s · ,/. beeld · [/] snelheid · ↑/↓ volume · M dempen · I/O in/uit · %3 poster · %4 knippen in sessies · F volledig scherm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 play/pause · ←/→ 5 s · %2 30 s · ,/. frame · [/] speed · ↑/↓ volume · M mute · J/K/L back/pause/faster · I/O start/end of the segment · C chapter here · %3 poster · %4 cut into sessions · %5 captions · F full screen</source>
        <translation>%1 afspelen/pauze · ←/→ 5 s · %2 30 s · ,/. beeld · [/] snelheid · ↑/↓ volume · M dempen · J/K/L terug/pauze/sneller · I/O begin/einde van het segment · C hoofdstuk hier · %3 poster · %4 knippen in sessies · %5 ondertitels · F volledig scherm</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Cut the recording into one segment per session of the programme (%1)</source>
        <translation>De opname knippen in één segment per sessie van het programma (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a WebVTT caption file to the segment being played: it is published with the segment&apos;s clip (%1)</source>
        <translation>Een WebVTT-ondertitelbestand toevoegen aan het segment dat speelt: het wordt gepubliceerd met het fragment van het segment (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The segment&apos;s chapters are a draft, spread evenly over its speakers: accept them as they are (%1), and exports publish them (C places one at the playhead instead)</source>
        <translation>De hoofdstukken van het segment zijn een concept, gelijkmatig over de sprekers verdeeld: aanvaard ze zoals ze zijn (%1), en exports publiceren ze (C plaatst er in plaats daarvan een op de afspeelpositie)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full screen (F)</source>
        <translation>Volledig scherm (F)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>No poster frame yet</source>
        <translation>Nog geen posterbeeld</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>VLC cannot open this file.</source>
        <translation>VLC kan dit bestand niet openen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>VLC cannot play this file: it may be damaged, truncated or use a codec VLC lacks.</source>
        <translation>VLC kan dit bestand niet afspelen: het is misschien beschadigd, afgekapt of gebruikt een codec die VLC niet heeft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file ended before anything could be played: it is probably truncated.</source>
        <translation>Het bestand eindigde voor er iets kon worden afgespeeld: het is waarschijnlijk afgekapt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Segment %1/%2: %3 (%4–%5)</source>
        <translation>Segment %1/%2: %3 (%4–%5)</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+11"/>
        <location line="+21"/>
        <source>Captions for “%1”</source>
        <translation>Ondertitels voor ‘%1’</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>WebVTT captions (*.vtt);;All files (*)</source>
        <translation>WebVTT-ondertitels (*.vtt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the captions (such as en, fr, pt-BR):</source>
        <translation>Taal van de ondertitels (bijvoorbeeld en, fr, pt-BR):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The captions run to %1, past the end of the segment (%2 long). Are they timed from the start of the whole recording?</source>
        <translation>De ondertitels lopen tot %1, voorbij het einde van het segment (%2 lang). Zijn ze getimed vanaf het begin van de hele opname?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Captions not added: %1</source>
        <translation>Ondertitels niet toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Analysing the recording near each cut…</source>
        <translation>De opname rond elke knip analyseren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recording belongs to one session as a whole: nothing to cut.</source>
        <translation>Deze opname hoort als geheel bij één sessie: er valt niets te knippen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Cut into sessions</source>
        <translation>In sessies knippen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No session of the programme falls within this recording.</source>
        <translation>Geen enkele sessie van het programma valt binnen deze opname.</translation>
    </message>
    <message>
        <location line="-598"/>
        <source>Play/pause (%1)</source>
        <translation>Afspelen/pauzeren (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use this frame as poster frame (%1)</source>
        <translation>Dit beeld als posterbeeld gebruiken (%1)</translation>
    </message>
    <message>
        <location line="+578"/>
        <source>Cut the recording into these segments? Segments you moved by hand stay as they are.</source>
        <translation>De opname in deze segmenten knippen? Segmenten die u met de hand verplaatste, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cut</source>
        <translation>Knippen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing new to cut: each session already has a segment placed by hand.</source>
        <translation>Niets nieuws te knippen: elke sessie heeft al een met de hand geplaatst segment.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chapter %1</source>
        <translation>Hoofdstuk %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Poster frame saved at %1.</source>
        <translation>Posterbeeld bewaard op %1.</translation>
    </message>
    <message>
        <location line="-300"/>
        <location filename="../../gui/viewers/base.py" line="+132"/>
        <location filename="../../gui/viewers/compare.py" line="+303"/>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/base.py" line="+39"/>
        <source>%1

This kind of file (%2) has no viewer here; open it with another program.</source>
        <translation>%1

Voor dit soort bestand (%2) is hier geen viewer; open het met een ander programma.</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/compare.py" line="-181"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="-113"/>
        <location filename="../../gui/viewers/base.py" line="+67"/>
        <location filename="../../gui/viewers/compare.py" line="+34"/>
        <location filename="../../gui/viewers/loupe.py" line="+190"/>
        <location line="+10"/>
        <location filename="../../gui/viewers/survey.py" line="+134"/>
        <location filename="../../gui/viewers/window.py" line="+264"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/compare.py" line="+5"/>
        <source>Select two to four photos to compare.</source>
        <translation>Selecteer twee tot vier foto’s om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/deck.py" line="-320"/>
        <source>Find in the deck (accents and case ignored)</source>
        <translation>Zoeken in de presentatie (accenten en hoofdletters genegeerd)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The deck cannot be opened.</source>
        <translation>De presentatie kan niet worden geopend.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speaker notes</source>
        <translation>Sprekersnotities</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+216"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Show or hide the page&apos;s text and speaker notes (%1)</source>
        <translation>Tekst en sprekersnotities van de pagina tonen of verbergen (%1)</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>No text on this page.</source>
        <translation>Geen tekst op deze pagina.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match %1 of %2 on this page</source>
        <translation>Treffer %1 van %2 op deze pagina</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Slide %1</source>
        <translation>Dia %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no title)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/feedback.py" line="+25"/>
        <source>Picked</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflagged</source>
        <translation>Zonder vlag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No label</source>
        <translation>Geen label</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/info.py" line="+68"/>
        <source>Captured</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lens</source>
        <translation>Lens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag</source>
        <translation>Vlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creator</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/loupe.py" line="+32"/>
        <source>The picture cannot be shown.</source>
        <translation>De afbeelding kan niet worden getoond.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Showing the cached preview: %1</source>
        <translation>Het voorbeeld uit de cache wordt getoond: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/window.py" line="-160"/>
        <source>Viewer</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/deck_source.py" line="+78"/>
        <location filename="../../gui/viewers/imaging.py" line="+28"/>
        <source>The file is missing (moved, deleted or on an offline drive).</source>
        <translation>Het bestand ontbreekt (verplaatst, verwijderd of op een offline schijf).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 files cannot be shown as pages.</source>
        <translation>%1-bestanden kunnen niet als pagina’s getoond worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files cannot be shown as pages.</source>
        <translation>Deze bestanden kunnen niet als pagina’s getoond worden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Showing the slide titles and notes instead.</source>
        <translation>%1 In plaats daarvan worden de titels en notities van de dia’s getoond.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The deck has no slides that can be shown.</source>
        <translation>Deze presentatie heeft geen dia’s die getoond kunnen worden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No picture of this slide.</source>
        <translation>Geen afbeelding van deze dia.</translation>
    </message>
    <message>
        <location filename="../../gui/player/vlcsupport.py" line="+25"/>
        <source>Install VLC with your package manager (Debian/Ubuntu: sudo apt install vlc).</source>
        <translation>Installeer VLC met uw pakketbeheerder (Debian/Ubuntu: sudo apt install vlc).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install VLC from https://www.videolan.org/vlc/ into /Applications.</source>
        <translation>Installeer VLC van https://www.videolan.org/vlc/ in /Applications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install VLC (64-bit) from https://www.videolan.org/vlc/.</source>
        <translation>Installeer VLC (64-bit) van https://www.videolan.org/vlc/.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VLC (libvlc) is not available. %1</source>
        <translation>VLC (libvlc) is niet beschikbaar. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VLC could not start. %1</source>
        <translation>VLC kon niet starten. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VLC could not start (its plugins are missing?). %1</source>
        <translation>VLC kon niet starten (ontbreken de plug-ins?). %1</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/imaging.py" line="+29"/>
        <source>The picture is too large to show (%1 × %2 pixels).</source>
        <translation>De afbeelding is te groot om te tonen (%1 × %2 pixels).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is not a picture this program can read.</source>
        <translation>Het bestand is geen afbeelding die dit programma kan lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture claims an absurd size and is refused as unsafe.</source>
        <translation>De afbeelding geeft een absurde grootte op en wordt als onveilig geweigerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The picture cannot be shown: %1.</source>
        <translation>De afbeelding kan niet worden getoond: %1.</translation>
    </message>
</context>
</TS>
