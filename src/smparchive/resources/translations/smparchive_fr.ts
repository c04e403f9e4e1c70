<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="+96"/>
        <source>smparchive: unexpected error</source>
        <translation>smparchive&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: %1

The details are in the log file:
%2

Your catalogue is safe; you can go on working or restart the app.</source>
        <translation>Un problème est survenu&#xa0;: %1

Les détails figurent dans le fichier journal&#xa0;:
%2

Votre catalogue est intact&#xa0;; vous pouvez continuer à travailler ou redémarrer l’application.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Cannot open the catalogue</source>
        <translation>Impossible d’ouvrir le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smparchive cannot open %1.</source>
        <translation>smparchive ne peut pas ouvrir %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has not been changed.</source>
        <translation>Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Another…</source>
        <translation>Ouvrir un autre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Catalogue…</source>
        <translation>Nouveau catalogue…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open Catalogue</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The catalogue is damaged</source>
        <translation>Le catalogue est endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite found damage in %1:
%2

Stop editing, keep a copy of the file and restore it from a backup. The details are in the log file.</source>
        <translation>SQLite a trouvé des dommages dans %1&#xa0;:
%2

Arrêtez les modifications, gardez une copie du fichier et restaurez-le à partir d’une sauvegarde. Les détails se trouvent dans le fichier journal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the catalogue</source>
        <translation>Vérification du catalogue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>smparchive closed unexpectedly</source>
        <translation>smparchive s’est fermé de manière inattendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smparchive stopped unexpectedly on %1: it crashed. Changes saved before that are in the catalogue.

What it was doing is in this file; please send it with your report:
%2</source>
        <translation>smparchive s’est arrêté de manière inattendue le %1&#xa0;: il a planté. Les modifications enregistrées avant cela sont dans le catalogue.

Ce qu’il faisait est décrit dans ce fichier&#xa0;; joignez-le à votre signalement&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../gui/dialogs/assignment.py" line="+333"/>
        <source>Assign Items to Sessions</source>
        <translation>Attribuer les éléments aux séances</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes and choices</source>
        <translation>Changements et choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept Selected</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject Selected</source>
        <translation>Refuser la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply Accepted</source>
        <translation>Appliquer les acceptés</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Working out proposals…</source>
        <translation>Calcul des propositions…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every accepted proposal is applied.</source>
        <translation>Toutes les propositions acceptées sont appliquées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item needs a change of session.</source>
        <translation>Aucun élément ne doit changer de séance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose “Everything” under Show to see every item and its session.</source>
        <translation>Choisissez «&#xa0;Tout&#xa0;» sous Afficher pour voir chaque élément et sa séance.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Apply %Ln Accepted</source>
        <translation>
            <numerusform>Appliquer %Ln accepté</numerusform>
            <numerusform>Appliquer %Ln acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-45"/>
        <source>Assigned %Ln items to sessions.</source>
        <translation>
            <numerusform>%Ln élément attribué à sa séance.</numerusform>
            <numerusform>%Ln éléments attribués à des séances.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: %2, %3 (assign them by hand).</source>
        <translation>%1&#x202f;: %2, %3 (attribuez-les à la main).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln would change session</source>
        <translation>
            <numerusform>%Ln changerait de séance</numerusform>
            <numerusform>%Ln changeraient de séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need a choice</source>
        <translation>
            <numerusform>%Ln demande un choix</numerusform>
            <numerusform>%Ln demandent un choix</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1, captured %2: %3 → %4. %5: %6</source>
        <translation>%1, prise de vue le %2&#xa0;: %3 → %4. %5&#xa0;: %6</translation>
    </message>
</context>
<context>
    <name>CamerasModel</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="+72"/>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>CaptionEditor</name>
    <message>
        <location filename="../../gui/widgets/caption_editor.py" line="+229"/>
        <source>%1: language · %2: apply, back to the grid</source>
        <translation>%1&#x202f;: langue · %2&#x202f;: appliquer, retour à la grille</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in a draft from the session, room, day and people tagged: it says who and where; describe the picture, then remove the draft marker</source>
        <translation>Remplir un brouillon d’après la séance, la salle, le jour et les personnes identifiées&#xa0;: il dit qui et où&#xa0;; décrivez l’image, puis retirez la marque de brouillon</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: language · %2: apply, back to the details</source>
        <translation>%1&#x202f;: langue · %2&#x202f;: appliquer, retour aux détails</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Texts in %1 filled in</source>
        <translation>Textes en %1 remplis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text in %1 yet</source>
        <translation>Pas encore de texte en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>long for a screen reader: shorten it</source>
        <translation>long pour un lecteur d’écran&#xa0;: raccourcissez-le</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="+240"/>
        <source>Mixed</source>
        <translation>Divers</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="+497"/>
        <source>Camera Clocks</source>
        <translation>Horloges des appareils</translation>
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
        <translation>Correction (ajoutée à l’heure notée par l’appareil)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Apply Correction</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>%1: correction %2 → %3; %4 (%5).</source>
        <translation>%1&#x202f;: correction %2 → %3&#x202f;; %4 (%5).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln of its items on this day would be left out of every session</source>
        <translation>
            <numerusform>%Ln de ses éléments de ce jour resterait hors de toute séance</numerusform>
            <numerusform>%Ln de ses éléments de ce jour resteraient hors de toute séance</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none of its items on this day would be left out of every session</source>
        <translation>aucun de ses éléments de ce jour ne resterait hors de toute séance</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>none within %Ln minutes</source>
        <translation>
            <numerusform>aucune à moins de %Ln minute</numerusform>
            <numerusform>aucune à moins de %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Assigning to sessions afterwards would move %Ln items.</source>
        <translation>
            <numerusform>Une attribution aux séances déplacerait ensuite %Ln élément.</numerusform>
            <numerusform>Une attribution aux séances déplacerait ensuite %Ln éléments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigning to sessions afterwards would move none of them.</source>
        <translation>Une attribution aux séances ne déplacerait ensuite aucun élément.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose an item above to pin it to the time it shows.</source>
        <translation>Choisissez un élément ci-dessus pour l’épingler à l’heure qu’il montre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was really taken at:</source>
        <translation>%1 a en réalité été pris à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../gui/commands.py" line="+43"/>
        <source>New Catalogue</source>
        <translation>Nouveau catalogue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open It</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Another Name…</source>
        <translation>Choisir un autre nom…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Name of the new collection (the %Ln selected items go in it):</source>
        <translation>
            <numerusform>Nom de la nouvelle collection (%Ln élément sélectionné y sera placé)&#x202f;:</numerusform>
            <numerusform>Nom de la nouvelle collection (les %Ln éléments sélectionnés y seront placés)&#x202f;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Catalogue</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Folder to the Catalogue</source>
        <translation>Ajouter un dossier au catalogue</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New Collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The search cannot be saved as typed: correct it first (the line under the search field says why).</source>
        <translation>La recherche ne peut pas être enregistrée telle quelle&#xa0;: corrigez-la d’abord (la ligne sous le champ de recherche dit pourquoi).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a search first: a smart collection saves the search.</source>
        <translation>Saisissez d’abord une recherche&#xa0;: une collection intelligente enregistre la recherche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Smart Collection</source>
        <translation>Nouvelle collection intelligente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for the search “%1”:</source>
        <translation>Nom de la recherche «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="+247"/>
        <source>Move in the grid (%1 extends the selection)</source>
        <translation>Se déplacer dans la grille (%1 étend la sélection)</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="+88"/>
        <source>About smparchive</source>
        <translation>À propos de smparchive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;smparchive %1&lt;/h3&gt;&lt;p&gt;Catalogue, organise, view and export conference media: photos, recordings and slide decks, by day and session.&lt;/p&gt;&lt;p&gt;Catalogue: %2&lt;br&gt;Logs: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smparchive %1&lt;/h3&gt;&lt;p&gt;Cataloguer, organiser, consulter et exporter les médias de conférence&#xa0;: photos, enregistrements et diaporamas, par jour et par séance.&lt;/p&gt;&lt;p&gt;Catalogue&#xa0;: %2&lt;br&gt;Journaux&#xa0;: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../gui/conflict_box.py" line="+49"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply mine</source>
        <translation>Appliquer la mienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use mine</source>
        <translation>Utiliser la mienne</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <location filename="../../gui/context_menus.py" line="+62"/>
        <source>Export “%1”…</source>
        <translation>Exporter «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Not for Publication</source>
        <translation>&amp;Non destinée à la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do Not &amp;Record</source>
        <translation>Ne pas en&amp;registrer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete from Every Item…</source>
        <translation>Supprimer de tous les éléments…</translation>
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
    <name>Edits</name>
    <message>
        <location filename="../../gui/edit_names.py" line="+33"/>
        <source>Pick</source>
        <translation>Marquage comme retenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Marquage comme rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflag</source>
        <translation>Retrait du drapeau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove label</source>
        <translation>Retrait du libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in point</source>
        <translation>Définition du point d’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set out point</source>
        <translation>Définition du point de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear in/out points</source>
        <translation>Effacement des points d’entrée/sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set poster frame</source>
        <translation>Définition de l’image d’affiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit in the viewer</source>
        <translation>Modification dans la visionneuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read sidecars</source>
        <translation>Lecture des fichiers annexes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename %1 to %2</source>
        <translation>Renommage de %1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge %1 into %2</source>
        <translation>Fusion de %1 avec %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New smart collection</source>
        <translation>Nouvelle collection intelligente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to collection</source>
        <translation>Ajout à la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from collection</source>
        <translation>Retrait de la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder collection</source>
        <translation>Réorganisation de la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to sessions</source>
        <translation>Attribution aux séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on face detection</source>
        <translation>Activation de la détection des visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off face detection</source>
        <translation>Désactivation de la détection des visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm faces</source>
        <translation>Confirmation de visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject faces</source>
        <translation>Refus de visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sidecar policy</source>
        <translation>Modification de la règle des fichiers annexes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create event</source>
        <translation>Création de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event</source>
        <translation>Modification de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>Ajout d’un jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session</source>
        <translation>Ajout d’une séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit session</source>
        <translation>Modification de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete session</source>
        <translation>Suppression de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import programme</source>
        <translation>Import du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut into sessions</source>
        <translation>Découpage en séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move start of %1</source>
        <translation>Déplacement du début de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move end of %1</source>
        <translation>Déplacement de la fin de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add captions to %1</source>
        <translation>Ajout de sous-titres à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a chapter to %1</source>
        <translation>Ajout d’un chapitre à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the chapters of %1</source>
        <translation>Confirmation des chapitres de %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tag %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1</source>
        <translation>Retrait de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New collection %1</source>
        <translation>Nouvelle collection %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to %1</source>
        <translation>Ajout à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (was %2)</source>
        <translation>%1 (au lieu de %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name faces %1</source>
        <translation>Attribution des visages à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw consent of %1</source>
        <translation>Retrait du consentement de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../gui/widgets/history.py" line="+65"/>
        <source>Take out of its session</source>
        <translation>Retrait de sa séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to %1</source>
        <translation>Attribution à %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear %1 (%2)</source>
        <translation>Effacement de %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 (%2) to %3</source>
        <translation>Remplacement de %1 (%2) par %3</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/history.py" line="+15"/>
        <source>Change collection</source>
        <translation>Modification de la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete collection</source>
        <translation>Suppression de la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate collection</source>
        <translation>Duplication de la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder options</source>
        <translation>Modification des options du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change keyword</source>
        <translation>Modification du mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete day</source>
        <translation>Suppression du jour</translation>
    </message>
    <message>
        <location filename="../../gui/edit_names.py" line="-132"/>
        <location filename="../../gui/widgets/history.py" line="+1"/>
        <source>Rename day</source>
        <translation>Renommage du jour</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/history.py" line="+1"/>
        <source>Delete event</source>
        <translation>Suppression de l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore camera boilerplate captions</source>
        <translation>Oubli des légendes automatiques des appareils</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create keyword %1</source>
        <translation>Création du mot-clé %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set %1 handle</source>
        <translation>Définition de l’identifiant %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 handle</source>
        <translation>Effacement de l’identifiant %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct clock of %1 by %2</source>
        <translation>Correction de l’horloge de %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove clock correction of %1</source>
        <translation>Suppression de la correction d’horloge de %1</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Set consent of %1</source>
        <translation>Définition du consentement de %1</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="+196"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="+113"/>
        <source>Web (long edge 2048 px)</source>
        <translation>Web (grand côté 2048 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals (byte-identical copies)</source>
        <translation>Originaux (copies identiques à l’octet près)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media crops (1:1, 4:5, 16:9)</source>
        <translation>Recadrages réseaux sociaux (1:1, 4:5, 16:9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnails (long edge 400 px)</source>
        <translation>Vignettes (grand côté 400 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom size, format and quality</source>
        <translation>Taille, format et qualité personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for LinkedIn</source>
        <translation>Publication pour LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for Mastodon</source>
        <translation>Publication pour Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for Instagram (4:5 crop)</source>
        <translation>Publication pour Instagram (recadrage 4:5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for X (Twitter)</source>
        <translation>Publication pour X (Twitter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post for Facebook</source>
        <translation>Publication pour Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (images for a CMS)</source>
        <translation>Site web (images pour un CMS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP file</source>
        <translation>Fichier ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BagIt bag (for archives)</source>
        <translation>Paquet BagIt (pour les archives)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public (publication)</source>
        <translation>Public (publication)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal use</source>
        <translation>Usage interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive hand-over (no consent check)</source>
        <translation>Versement aux archives (sans contrôle du consentement)</translation>
    </message>
    <message>
        <location line="+212"/>
        <location line="+232"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Reading the selection…</source>
        <translation>Lecture de la sélection…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Long edge</source>
        <translation>Grand côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the folder the export goes into</source>
        <translation>Choisir le dossier de destination de l’exportation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a publication page (index.html)</source>
        <translation>Ajouter une page de publication (index.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… where the page will be published</source>
        <translation>https://… où la page sera publiée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export items whose consent is unknown</source>
        <translation>Exporter les éléments dont le consentement est inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the people shown in the metadata</source>
        <translation>Nommer les personnes représentées dans les métadonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur the faces of people who may not be shown</source>
        <translation>Flouter le visage des personnes qui ne peuvent pas être montrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos held back only because they show someone whose consent is withdrawn (or who may not be shown to this audience) go out with that person&apos;s confirmed face blurred. Resized copies only; the originals are not changed.</source>
        <translation>Les photos bloquées uniquement parce qu’elles montrent une personne qui a retiré son consentement (ou qui ne peut pas être montrée à ce public) sont exportées avec le visage confirmé de cette personne flouté. Copies redimensionnées uniquement&#xa0;; les originaux ne sont pas modifiés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also blur faces nobody has named</source>
        <translation>Flouter aussi les visages que personne n’a nommés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every face not confirmed as a person is blurred too (bystanders).</source>
        <translation>Tout visage qui n’est pas confirmé comme une personne est flouté aussi (passants, public).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manifest for Excel (CSV with a byte order mark)</source>
        <translation>Manifeste pour Excel (CSV avec indicateur d’ordre des octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without it, Excel on Windows shows accented letters in manifest.csv wrongly.</source>
        <translation>Sans cela, Excel sous Windows affiche mal les lettres accentuées de manifest.csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut clips precisely (re-encode each clip)</source>
        <translation>Découper les extraits avec précision (réencoder chaque extrait)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips always open on the segment&apos;s first picture: only the few seconds up to the next keyframe are re-encoded. Precise re-encodes the whole clip, sound cut to the sample too: exact, but a full encode (tens of minutes for an hour of 1080p video on a laptop) instead of seconds.</source>
        <translation>Les extraits commencent toujours à la première image du segment&#xa0;: seules les quelques secondes jusqu’à l’image clé suivante sont réencodées. En mode précis, tout l’extrait est réencodé, le son coupé à l’échantillon près&#xa0;: exact, mais c’est un encodage complet (des dizaines de minutes pour une heure de vidéo 1080p sur un portable) au lieu de quelques secondes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as:</source>
        <translation>Exporter comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into folder:</source>
        <translation>Dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File names:</source>
        <translation>Noms de fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience:</source>
        <translation>Public&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of texts:</source>
        <translation>Langue des textes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page address:</source>
        <translation>Adresse de la page&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who decided to publish them</source>
        <translation>Qui a décidé de les publier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why publishing them is justified</source>
        <translation>Pourquoi leur publication est justifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by:</source>
        <translation>Décidé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+12"/>
        <location line="+551"/>
        <source>Preflight</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+888"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-843"/>
        <source>Write post.txt, post.md and alt-text.txt</source>
        <translation>Écrire post.txt, post.md et alt-text.txt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#Hashtags (default: the event&apos;s acronym)</source>
        <translation>#Hashtags (par défaut&#xa0;: le sigle de l’événement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post text appears after the check.</source>
        <translation>Le texte de la publication apparaît après la vérification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+720"/>
        <source>Copy post text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location line="-678"/>
        <source>Hashtags:</source>
        <translation>Hashtags&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>selection</source>
        <translation>sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>search</source>
        <translation>recherche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the selection</source>
        <translation>Lecture de la sélection</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>+ %Ln clips</source>
        <translation>
            <numerusform>+ %Ln extrait vidéo</numerusform>
            <numerusform>+ %Ln extraits vidéo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Export %Ln clips</source>
        <translation>
            <numerusform>Exporter %Ln extrait vidéo</numerusform>
            <numerusform>Exporter %Ln extraits vidéo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the collection “%1” (%Ln items)</source>
        <translation>
            <numerusform>Exporter la collection «&#xa0;%1&#xa0;» (%Ln élément)</numerusform>
            <numerusform>Exporter la collection «&#xa0;%1&#xa0;» (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the session “%1” (%Ln items)</source>
        <translation>
            <numerusform>Exporter la séance «&#xa0;%1&#xa0;» (%Ln élément)</numerusform>
            <numerusform>Exporter la séance «&#xa0;%1&#xa0;» (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export %1 (%Ln items)</source>
        <translation>
            <numerusform>Exporter %1 (%Ln élément)</numerusform>
            <numerusform>Exporter %1 (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the search “%1” (%Ln items)</source>
        <translation>
            <numerusform>Exporter la recherche «&#xa0;%1&#xa0;» (%Ln élément)</numerusform>
            <numerusform>Exporter la recherche «&#xa0;%1&#xa0;» (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Export what “%1” shows, as filtered (%Ln items)</source>
        <translation>
            <numerusform>Exporter ce que montre «&#xa0;%1&#xa0;», filtré (%Ln élément)</numerusform>
            <numerusform>Exporter ce que montre «&#xa0;%1&#xa0;», filtré (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export what “%1” shows (%Ln items)</source>
        <translation>
            <numerusform>Exporter ce que montre «&#xa0;%1&#xa0;» (%Ln élément)</numerusform>
            <numerusform>Exporter ce que montre «&#xa0;%1&#xa0;» (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export the selection (%Ln items)</source>
        <translation>
            <numerusform>Exporter la sélection (%Ln élément)</numerusform>
            <numerusform>Exporter la sélection (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export “%1”</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the search “%1”</source>
        <translation>Exporter la recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selection</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export into Folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Example: %1</source>
        <translation>Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+90"/>
        <location line="+152"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Choisissez le dossier de destination de l’exportation.</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Settings changed: checking again…</source>
        <translation>Réglages modifiés&#xa0;: nouvelle vérification…</translation>
    </message>
    <message>
        <location line="-505"/>
        <location line="+553"/>
        <source>Publishing held-back items needs who decided and why.</source>
        <translation>Publier des éléments bloqués exige d’indiquer qui l’a décidé et pourquoi.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>An export or a check is running.</source>
        <translation>Une exportation ou une vérification est en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported. Change a setting or press Preflight to export again.</source>
        <translation>Exporté. Modifiez un réglage ou cliquez sur Vérification préalable pour exporter de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name pattern is not valid (see below it).</source>
        <translation>Le modèle de noms de fichiers n’est pas valide (voir en dessous).</translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>Warnings about %Ln items:</source>
        <translation>
            <numerusform>Avertissements concernant %Ln élément&#xa0;:</numerusform>
            <numerusform>Avertissements concernant %Ln éléments&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>All %Ln held-back items are ticked and go out as well.</source>
        <translation>
            <numerusform>%Ln élément bloqué est coché et sort aussi.</numerusform>
            <numerusform>Les %Ln éléments bloqués sont cochés et sortent aussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of the held-back items are ticked and go out as well.</source>
        <translation>
            <numerusform>%Ln des éléments bloqués est coché et sort aussi.</numerusform>
            <numerusform>%Ln des éléments bloqués sont cochés et sortent aussi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+265"/>
        <source>%1 was not exported: %2</source>
        <translation>%1 n’a pas été exporté&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-982"/>
        <location line="+518"/>
        <source>Checking what goes out…</source>
        <translation>Vérification de ce qui sera exporté…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Export (%1)</source>
        <translation>Exporter (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing can go out: every item is held back or unavailable.</source>
        <translation>Rien ne peut sortir&#xa0;: chaque élément est bloqué ou indisponible.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+68"/>
        <source>Export preflight</source>
        <translation>Vérification préalable de l’exportation</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>To export: %1 as %2 (about %3), named %4.</source>
        <translation>À exporter&#xa0;: %1, soit %2 (environ %3), sous le nom %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+254"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-253"/>
        <location line="+254"/>
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="-278"/>
        <source>%1 is already in that folder: unless it holds the same files, this export will be named %2.</source>
        <translation>%1 est déjà dans ce dossier&#xa0;: à moins qu’il contienne les mêmes fichiers, cet export s’appellera %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln&#xa0;caractère</numerusform>
            <numerusform>%Ln&#xa0;caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over %1&apos;s limit: shorten the captions or the hashtags</source>
        <translation>au-delà de la limite de %1&#xa0;: raccourcissez les légendes ou les hashtags</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Exported %1 (%2, %3) to %4.</source>
        <translation>Exportation terminée&#xa0;: %1 (%2, %3) vers %4.</translation>
    </message>
    <message numerus="yes">
        <location line="-240"/>
        <source>%Ln items are held back; tick those to publish anyway.</source>
        <translation>
            <numerusform>%Ln élément est bloqué&#xa0;; cochez-le pour le publier quand même.</numerusform>
            <numerusform>%Ln éléments sont bloqués&#xa0;; cochez ceux à publier quand même.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Tokens: %1. %2 and %3 are when the item was taken, %4 and %5 the programme day it belongs to (a session after midnight stays on the day it began). Slashes make folders, e.g. %6</source>
        <translation>Éléments&#xa0;: %1. %2 et %3 indiquent quand l’élément a été pris, %4 et %5 le jour du programme auquel il appartient (une séance qui passe minuit reste le jour où elle a commencé). Les barres obliques créent des dossiers, p. ex. %6</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sites that preview a shared link (LinkedIn, Mastodon, Facebook) show the page&apos;s cover picture only when the page names its full address. The last address given for the event is offered again.</source>
        <translation>Les sites qui affichent l’aperçu d’un lien partagé (LinkedIn, Mastodon, Facebook) ne montrent l’image de couverture de la page que si la page indique son adresse complète. La dernière adresse donnée pour l’événement est proposée à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location line="+758"/>
        <source>%Ln originals go with an XMP sidecar holding the catalogue&apos;s texts (Lightroom, digiKam and exiftool read it).</source>
        <translation>
            <numerusform>%Ln original est accompagné d’un fichier annexe XMP contenant les textes du catalogue (Lightroom, digiKam et exiftool le lisent).</numerusform>
            <numerusform>%Ln originaux sont accompagnés chacun d’un fichier annexe XMP contenant les textes du catalogue (Lightroom, digiKam et exiftool le lisent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln items are unavailable and cannot be exported.</source>
        <translation>
            <numerusform>%Ln élément est indisponible et ne peut pas être exporté.</numerusform>
            <numerusform>%Ln éléments sont indisponibles et ne peuvent pas être exportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln photos go out with faces blurred: %1.</source>
        <translation>
            <numerusform>%Ln photo est exportée avec des visages floutés&#xa0;: %1.</numerusform>
            <numerusform>%Ln photos sont exportées avec des visages floutés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The folder %1 does not exist yet: Export makes it.</source>
        <translation>Le dossier %1 n’existe pas encore&#xa0;: l’exportation le crée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>To export: nothing.</source>
        <translation>À exporter&#xa0;: rien.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln faces nobody has named</source>
        <translation>
            <numerusform>%Ln visage que personne n’a nommé</numerusform>
            <numerusform>%Ln visages que personne n’a nommés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no alt text</source>
        <translation>pas de texte alternatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a photo of the post: its alt text</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln photos with the post and their alt texts:</source>
        <translation>
            <numerusform>%Ln photo avec le post et son texte alternatif&#xa0;:</numerusform>
            <numerusform>%Ln photos avec le post et leurs textes alternatifs&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not cropped: the whole picture, long edge %1 px</source>
        <translation>Pas de recadrage&#xa0;: toute l’image, grand côté %1 px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cropped to %1:%2 around the focus point</source>
        <translation>Recadré en %1:%2 autour du point d’intérêt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the crop preview</source>
        <translation>Chargement de l’aperçu du recadrage</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the manifests and checking the files…</source>
        <translation>Écriture des manifestes et vérification des fichiers…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln items were held back.</source>
        <translation>
            <numerusform>%Ln élément a été bloqué.</numerusform>
            <numerusform>%Ln éléments ont été bloqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln items were published by override (recorded in the history).</source>
        <translation>
            <numerusform>%Ln élément a été publié par dérogation (consigné dans l’historique).</numerusform>
            <numerusform>%Ln éléments ont été publiés par dérogation (consigné dans l’historique).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln photos went out with faces blurred (whose: recorded in the history).</source>
        <translation>
            <numerusform>%Ln photo est partie avec des visages floutés (lesquels&#xa0;: noté dans l’historique).</numerusform>
            <numerusform>%Ln photos sont parties avec des visages floutés (lesquels&#xa0;: noté dans l’historique).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; nothing was left in the target.</source>
        <translation>L’exportation a été annulée&#xa0;; rien n’a été laissé dans la destination.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ExportHistoryDialog</name>
    <message>
        <location filename="../../gui/dialogs/export_history.py" line="+99"/>
        <source>Export History</source>
        <translation>Historique des exportations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Items</source>
        <translation>Afficher les éléments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln exports, newest first.</source>
        <translation>
            <numerusform>%Ln exportation, la plus récente en premier.</numerusform>
            <numerusform>%Ln exportations, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been exported from this catalogue yet.</source>
        <translation>Rien n’a encore été exporté depuis ce catalogue.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export of %1</source>
        <translation>Exportation du %1</translation>
    </message>
</context>
<context>
    <name>ExportHistoryModel</name>
    <message>
        <location line="-160"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done</source>
        <translation>Partiellement terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP file</source>
        <translation>Fichier ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BagIt bag</source>
        <translation>Paquet BagIt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As</source>
        <translation>Comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../gui/controllers/exporting.py" line="+72"/>
        <source>Select the items to export first.</source>
        <translation>Sélectionnez d’abord les éléments à exporter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to export: the view is empty.</source>
        <translation>Rien à exporter&#xa0;: la vue est vide.</translation>
    </message>
</context>
<context>
    <name>FaceModel</name>
    <message>
        <location filename="../../gui/dialogs/people.py" line="+82"/>
        <source>%1?</source>
        <translation>%1&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown person %1</source>
        <translation>Personne inconnue %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sure</source>
        <translation>sûr à %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../gui/field_views.py" line="+47"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from</source>
        <translation>Heure tirée de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lens</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+205"/>
        <source>Consent note</source>
        <translation>Note de consentement</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set rating</source>
        <translation>Définir la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set flag</source>
        <translation>Définir le drapeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set colour label</source>
        <translation>Définir le libellé de couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set consent</source>
        <translation>Définir le consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set consent note</source>
        <translation>Définir la note de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set creator</source>
        <translation>Définir l’auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set credit</source>
        <translation>Définir le crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set copyright</source>
        <translation>Définir le copyright</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set %1</source>
        <translation>Définir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Pick (P)</source>
        <translation>Retenir (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflagged (U)</source>
        <translation>Sans drapeau (U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>Rejeter (X)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No session</source>
        <translation>Sans séance</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message numerus="yes">
        <location line="-164"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fixity</name>
    <message>
        <location filename="../../gui/controllers/fixity.py" line="+44"/>
        <source>Verifying files</source>
        <translation>Vérification des fichiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifying failed: %1</source>
        <translation>La vérification a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FolderActions</name>
    <message>
        <location filename="../../gui/controllers/folders.py" line="+46"/>
        <source>Rescan This Folder</source>
        <translation>Réanalyser ce dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify This Folder&apos;s Files</source>
        <translation>Vérifier les fichiers de ce dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in the File Manager</source>
        <translation>Ouvrir dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find Missing Folder…</source>
        <translation>Retrouver le dossier manquant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from the Catalogue…</source>
        <translation>Retirer du catalogue…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where Is “%1” Now?</source>
        <translation>Où se trouve «&#xa0;%1&#xa0;» maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Using a folder here</source>
        <translation>Utilisation du dossier ici</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” and its items leave the catalogue, with their ratings, captions, tags and sessions. The files themselves are not touched. This cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;» et ses éléments quittent le catalogue, avec leurs notes, légendes, mots-clés et séances. Les fichiers eux-mêmes ne sont pas touchés. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” and its %Ln items leave the catalogue, with their ratings, captions, tags and sessions. The files themselves are not touched. This cannot be undone.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» et l’élément qu’il contient (%Ln) quittent le catalogue, avec sa note, sa légende, ses mots-clés et sa séance. Le fichier lui-même n’est pas touché. Cette action est irréversible.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» et ses %Ln éléments quittent le catalogue, avec leurs notes, légendes, mots-clés et séances. Les fichiers eux-mêmes ne sont pas touchés. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the Folder from the Catalogue?</source>
        <translation>Retirer le dossier du catalogue&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the team catalogue: the folder leaves it for everyone.</source>
        <translation>C’est le catalogue de l’équipe&#xa0;: le dossier en sort pour tout le monde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../gui/widgets/history.py" line="-268"/>
        <source>Remove folder %1</source>
        <translation>Retrait du dossier %1</translation>
    </message>
</context>
<context>
    <name>HeldBackModel</name>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="-1369"/>
        <source>Publish anyway</source>
        <translation>Publier quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is held back</source>
        <translation>Motif du blocage</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>; </source>
        <comment>between the reasons an item is held back</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no confirmed face to blur</source>
        <translation>%1&#xa0;: aucun visage confirmé à flouter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../gui/widgets/history.py" line="-66"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent note</source>
        <translation>Note de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright</source>
        <translation>Droits d’auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In point</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out point</source>
        <translation>Point de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster frame</source>
        <translation>Image d’affiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Focus point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unflagged</source>
        <translation>Sans drapeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No label</source>
        <translation>Sans libellé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No session</source>
        <translation>Sans séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a deleted session</source>
        <translation>une séance supprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: → %2</source>
        <translation>%1&#xa0;: → %2</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Add keywords</source>
        <translation>Ajout de mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove keywords</source>
        <translation>Retrait de mots-clés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign to a session</source>
        <translation>Attribution à une séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return to automatic assignment</source>
        <translation>Retour à l’attribution automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derive capture times</source>
        <translation>Calcul des heures de prise de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read face regions</source>
        <translation>Lecture des zones de visage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove folder</source>
        <translation>Retrait du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit segment</source>
        <translation>Modification du segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete segment</source>
        <translation>Suppression du segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import programme %1</source>
        <translation>Import du programme %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add segment %1</source>
        <translation>Ajout du segment %1</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Left to %1, who made the same change while yours was undone</source>
        <translation>Laissé à %1, qui a fait la même modification pendant que la vôtre était annulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left as it is: %1 made the same change</source>
        <translation>Laissé tel quel&#xa0;: %1 a fait la même modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as before the change</source>
        <translation>comme avant la modification</translation>
    </message>
    <message>
        <location line="+190"/>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <location line="-270"/>
        <source>Delete %n segments</source>
        <translation>
            <numerusform>Suppression de %n segment</numerusform>
            <numerusform>Suppression de %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location line="+328"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Select one item to see who changed it and when.</source>
        <translation>Sélectionnez un seul élément pour voir qui l’a modifié et quand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No changes recorded for this item yet.</source>
        <translation>Aucune modification enregistrée pour cet élément.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l’historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/schedule_editor.py" line="+574"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajoutée</numerusform>
            <numerusform>%Ln ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions: %1.</source>
        <translation>Séances&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <location filename="../../gui/controllers/ingest.py" line="+80"/>
        <source>This cannot be reached, so it was not added:
%1</source>
        <translation>Ceci est inaccessible et n’a pas été ajouté&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These cannot be reached, so they were not added:
%1</source>
        <translation>Ceux-ci sont inaccessibles et n’ont pas été ajoutés&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only folders can be added to the catalogue. This is not a folder:
%1</source>
        <translation>Seuls des dossiers peuvent être ajoutés au catalogue. Ceci n’est pas un dossier&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only folders can be added to the catalogue. These are not folders:
%1</source>
        <translation>Seuls des dossiers peuvent être ajoutés au catalogue. Ceux-ci ne sont pas des dossiers&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../gui/widgets/history.py" line="-511"/>
        <source>Add folder %1</source>
        <translation>Ajout du dossier %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Looking at what was dropped</source>
        <translation>Examen de ce qui a été déposé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Adding %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescanning</source>
        <translation>Nouvelle analyse</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Making thumbnails</source>
        <translation>Création des vignettes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Finding faces</source>
        <translation>Recherche des visages</translation>
    </message>
</context>
<context>
    <name>IngestController</name>
    <message>
        <location line="-72"/>
        <source>The folder “%1” is not at %2 on this computer. Is it at %3?</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas à l’emplacement %2 sur cet ordinateur. Se trouve-t-il à %3&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder found elsewhere</source>
        <translation>Dossier trouvé ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, use it here</source>
        <translation>Oui, l’utiliser ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for folders</source>
        <translation>Recherche des dossiers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Using a folder here</source>
        <translation>Utilisation du dossier ici</translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <location filename="../../gui/dialogs/ingest.py" line="+35"/>
        <source>Walk</source>
        <translation>Parcours des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue</source>
        <translation>Catalogage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>Thumbnails</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Previews</source>
        <translation>Aperçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Adding to the catalogue</source>
        <translation>Ajout au catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run in Background</source>
        <translation>Continuer en arrière-plan</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 files/s</source>
        <translation>%1 fichiers/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling… (work done so far is kept)</source>
        <translation>Annulation… (le travail déjà fait est conservé)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln completed (left unfinished by an earlier scan)</source>
        <translation>
            <numerusform>%Ln terminé (laissé inachevé par un scan précédent)</numerusform>
            <numerusform>%Ln terminés (laissés inachevés par un scan précédent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln not read this time (read by the next scan)</source>
        <translation>
            <numerusform>%Ln non lu cette fois (le prochain scan le lira)</numerusform>
            <numerusform>%Ln non lus cette fois (le prochain scan les lira)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation>%1&#x202f;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln files are back online (they were offline or missing).</source>
        <translation>
            <numerusform>%Ln fichier est de nouveau en ligne (il était hors ligne ou manquant).</numerusform>
            <numerusform>%Ln fichiers sont de nouveau en ligne (ils étaient hors ligne ou manquants).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2 (listed below; the files are catalogued as problems, nothing was dropped).</source>
        <translation>%1 et %2 (listés ci-dessous&#xa0;; les fichiers sont catalogués comme problèmes, rien n’a été écarté).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln of these problems were found while making thumbnails (damage inside a picture shows only when it is decoded).</source>
        <translation>
            <numerusform>%Ln de ces problèmes a été trouvé en créant les vignettes (une image endommagée à l’intérieur ne se voit qu’au décodage).</numerusform>
            <numerusform>%Ln de ces problèmes ont été trouvés en créant les vignettes (une image endommagée à l’intérieur ne se voit qu’au décodage).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not reachable from this computer: %1</source>
        <translation>Inaccessible depuis cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: %1</source>
        <translation>Hors ligne&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln groups of duplicates (see Problems &gt; Duplicates).</source>
        <translation>
            <numerusform>%Ln groupe de doublons (voir Problèmes &gt; Doublons).</numerusform>
            <numerusform>%Ln groupes de doublons (voir Problèmes &gt; Doublons).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Took less than a second.</source>
        <translation>Durée&#xa0;: moins d’une seconde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took %1.</source>
        <translation>Durée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Scan finished with problems</source>
        <translation>Analyse terminée avec des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan finished</source>
        <translation>Analyse terminée</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+184"/>
        <source>Scan cancelled</source>
        <translation>Analyse annulée</translation>
    </message>
    <message numerus="yes">
        <location line="-243"/>
        <source>%Ln of %2 files</source>
        <translation>
            <numerusform>%Ln fichier sur %2</numerusform>
            <numerusform>%Ln fichiers sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln files seen</source>
        <translation>
            <numerusform>%Ln fichier vu</numerusform>
            <numerusform>%Ln fichiers vus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln modifié</numerusform>
            <numerusform>%Ln modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln déplacé</numerusform>
            <numerusform>%Ln déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln catalogued files are not where they were (see Problems &gt; Missing).</source>
        <translation>
            <numerusform>%Ln fichier catalogué n’est plus à sa place (voir Problèmes &gt; Manquants).</numerusform>
            <numerusform>%Ln fichiers catalogués ne sont plus à leur place (voir Problèmes &gt; Manquants).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln unchanged documents were re-read with the current reader.</source>
        <translation>
            <numerusform>%Ln document inchangé a été relu avec le lecteur actuel.</numerusform>
            <numerusform>%Ln documents inchangés ont été relus avec le lecteur actuel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln unchanged files were re-read with the current reader.</source>
        <translation>
            <numerusform>%Ln fichier inchangé a été relu avec le lecteur actuel.</numerusform>
            <numerusform>%Ln fichiers inchangés ont été relus avec le lecteur actuel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Show Them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review New Items</source>
        <translation>Examiner les nouveaux éléments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review Changed Items</source>
        <translation>Revoir les éléments modifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix Camera Clocks…</source>
        <translation>Corriger les horloges des appareils…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to Sessions…</source>
        <translation>Attribuer aux séances…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Missing Folder…</source>
        <translation>Retrouver le dossier manquant…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Scan failed</source>
        <translation>Échec de l’analyse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scan was cancelled; everything catalogued so far is kept.</source>
        <translation>L’analyse a été annulée&#xa0;; tout ce qui a déjà été catalogué est conservé.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../gui/widgets/inspector.py" line="+186"/>
        <source>Culling</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>No session</source>
        <translation>Sans séance</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keywords and people</source>
        <translation>Mots-clés et personnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add keyword (T)…</source>
        <translation>Ajouter un mot-clé (T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>captions: %1</source>
        <translation>sous-titres&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Segments (%n)</source>
        <translation>
            <numerusform>Segments (%n)</numerusform>
            <numerusform>Segments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On some of the selected items; click to remove from all</source>
        <translation>Sur une partie des éléments sélectionnés&#xa0;; cliquez pour le retirer de tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to remove</source>
        <translation>Cliquer pour retirer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select items in the grid to see and edit them.</source>
        <translation>Sélectionnez des éléments dans la grille pour les voir et les modifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n of them held back by their session or a person shown</source>
        <translation>
            <numerusform>%n bloqué par sa séance ou une personne montrée</numerusform>
            <numerusform>%n bloqués par leur séance ou une personne montrée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-322"/>
        <location line="+230"/>
        <source>%Ln items selected</source>
        <translation>
            <numerusform>%Ln élément sélectionné</numerusform>
            <numerusform>%Ln éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Add person (%1)…</source>
        <translation>Ajouter une personne (%1)…</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n chapters</source>
        <translation>
            <numerusform>%n chapitre</numerusform>
            <numerusform>%n chapitres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n draft chapters, spread evenly</source>
        <translation>
            <numerusform>%n chapitre brouillon, réparti régulièrement</numerusform>
            <numerusform>%n chapitres brouillons, répartis régulièrement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+233"/>
        <source>Adding up the selection…</source>
        <translation>Calcul des totaux de la sélection…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edits apply to all of them</source>
        <translation>les modifications s’appliquent à tous</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No preview: smparchive keeps this file&apos;s name, size, dates and content hash, and does not read inside it.</source>
        <translation>Pas d’aperçu&#xa0;: smparchive garde le nom, la taille, les dates et l’empreinte du contenu de ce fichier, sans lire ce qu’il contient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../gui/models/item_model.py" line="+224"/>
        <source>Consent: %1</source>
        <translation>Consentement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JobsWidget</name>
    <message>
        <location filename="../../gui/widgets/jobs.py" line="+58"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this job (work done so far is kept)</source>
        <translation>Arrêter cette tâche (le travail déjà fait est conservé)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(+%1 more)</source>
        <translation>(+%1 autres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelling…</source>
        <translation>annulation…</translation>
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
            <numerusform>%Ln vidéo</numerusform>
            <numerusform>%Ln vidéos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln audio recordings</source>
        <translation>
            <numerusform>%Ln enregistrement audio</numerusform>
            <numerusform>%Ln enregistrements audio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln slide decks</source>
        <translation>
            <numerusform>%Ln diaporama</numerusform>
            <numerusform>%Ln diaporamas</numerusform>
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
            <numerusform>%Ln autre fichier</numerusform>
            <numerusform>%Ln autres fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln bytes</source>
        <comment>a file size</comment>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../gui/i18n.py" line="+48"/>
        <source>en</source>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+216"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>The catalogue server does not answer: %n changes not saved.</source>
        <translation>
            <numerusform>Le serveur du catalogue ne répond pas&#xa0;: %n modification non enregistrée.</numerusform>
            <numerusform>Le serveur du catalogue ne répond pas&#xa0;: %n modifications non enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue server does not answer: changes are not saved until it is back.</source>
        <translation>Le serveur du catalogue ne répond pas&#xa0;: les modifications ne sont pas enregistrées tant qu’il n’est pas revenu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept, and saved when the catalogue server answers again: %1</source>
        <translation>Conservé, et enregistré quand le serveur du catalogue répondra de nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved, the catalogue server does not answer: %1</source>
        <translation>Non enregistré, le serveur du catalogue ne répond pas&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Still saving: %1 (the catalogue has not answered yet)…</source>
        <translation>Enregistrement en cours&#xa0;: %1 (le catalogue n’a pas encore répondu)…</translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <source>The pictures of %1 and %Ln other items stay as they were: %2</source>
        <translation>
            <numerusform>Les images de %1 et de %Ln autre élément restent telles quelles&#xa0;: %2</numerusform>
            <numerusform>Les images de %1 et de %Ln autres éléments restent telles quelles&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture of %1 stays as it was: %2</source>
        <translation>L’image de %1 reste telle quelle&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+143"/>
        <source>%Ln+ items</source>
        <translation>
            <numerusform>%Ln+ élément</numerusform>
            <numerusform>%Ln+ éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>sélection&#x202f;: %Ln</numerusform>
            <numerusform>sélection&#x202f;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/problem_texts.py" line="+2261"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+156"/>
        <source>smparchive</source>
        <translation>smparchive</translation>
    </message>
    <message>
        <location filename="../../gui/edit_names.py" line="-30"/>
        <source>Label %1</source>
        <translation>Libellé %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+295"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/schedule_editor.py" line="+11"/>
        <source>Days added: %1</source>
        <translation>Jours ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days renamed:</source>
        <translation>Jours renommés&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New speakers (person tags): %1</source>
        <translation>Nouveaux intervenants (étiquettes de personnes)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2): “%3” → “%4”</source>
        <translation>%1 (%2)&#xa0;: «&#xa0;%3&#xa0;» → «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+40"/>
        <source>Import Programme</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>A CSV programme has no time zone. Time zone of its times:</source>
        <translation>Un programme CSV n’a pas de fuseau horaire. Fuseau horaire de ses heures&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Programme imported</source>
        <translation>Programme importé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The programme “%1” looks like another conference than the event “%2”.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» semble être celui d’une autre conférence que l’événement «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to “%1”</source>
        <translation>Ajouter à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as a new event</source>
        <translation>Importer comme nouvel événement</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../gui/actions.py" line="+124"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Viewing modes</source>
        <translation>Modes d’affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating and flags</source>
        <translation>Notes et drapeaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions, keywords and sessions</source>
        <translation>Légendes, mots-clés et séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window and panels</source>
        <translation>Fenêtre et panneaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue and export</source>
        <translation>Catalogue et export</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="-160"/>
        <source>%1 %2</source>
        <comment>Undo or Redo, then the name of the step</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un catalogue &amp;récent</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rename a keyword or person (in the sidebar)</source>
        <translation>Renommer un mot-clé ou une personne (dans le panneau latéral)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete a keyword or person from every item (in the sidebar)</source>
        <translation>Supprimer un mot-clé ou une personne de tous les éléments (dans le panneau latéral)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To the first or last item</source>
        <translation>Au premier ou au dernier élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A screen up or down</source>
        <translation>Un écran plus haut ou plus bas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the search: to the results</source>
        <translation>Depuis la recherche&#xa0;: aux résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a field: back to the results</source>
        <translation>Depuis un champ&#xa0;: retour aux résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From Loupe, Compare or Survey: back to the grid or the details, the selection kept</source>
        <translation>Depuis Loupe, Comparer ou Vue d’ensemble&#xa0;: retour à la grille ou aux détails, sélection gardée</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="-18"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item</source>
        <translation>É&amp;lément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rating</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag</source>
        <translation>&amp;Drapeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour &amp;Label</source>
        <translation>&amp;Libellé de couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collections</source>
        <translation>&amp;Collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="-77"/>
        <source>No recent catalogues</source>
        <translation>Aucun catalogue récent</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="+43"/>
        <source>No stars</source>
        <translation>Aucune étoile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Nouveau catalogue…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../gui/start_window.py" line="+111"/>
        <source>&amp;Open Catalogue…</source>
        <translation>&amp;Ouvrir un catalogue…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue a folder or drive (you can also drop folders on the window)</source>
        <translation>Cataloguer un dossier ou un disque (vous pouvez aussi déposer des dossiers sur la fenêtre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rescan All Folders</source>
        <translation>Réanal&amp;yser tous les dossiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify Files (Fixity Check)</source>
        <translation>&amp;Vérifier les fichiers (contrôle d’intégrité)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../gui/start_window.py" line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search with words and the query language</source>
        <translation>Rechercher avec des mots et le langage de requête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select &amp;None</source>
        <translation>&amp;Désélectionner tout</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Pick</source>
        <translation>&amp;Retenir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unflag</source>
        <translation>&amp;Enlever le drapeau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Auto-advance After Rating</source>
        <translation>&amp;Avancer automatiquement après la note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to the next item after rating, flagging or labelling</source>
        <translation>Passer à l’élément suivant après une note, un drapeau ou un libellé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the caption of the selection; %1 applies and returns to the results</source>
        <translation>Saisir la légende de la sélection&#x202f;; %1 applique et revient aux résultats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit Alt &amp;Text</source>
        <translation>Modifier le &amp;texte alternatif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Keyword…</source>
        <translation>Ajouter un &amp;mot-clé…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;Person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add to &amp;Collection…</source>
        <translation>Ajouter à une &amp;collection…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assign to &amp;Session…</source>
        <translation>Attribuer à une &amp;séance…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the selected items: preset, names, consent preflight</source>
        <translation>Exporter les éléments sélectionnés&#xa0;: préréglage, noms, vérification du consentement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show in the &amp;File Manager</source>
        <translation>Afficher dans le gestionnaire de &amp;fichiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected item&apos;s original, in its folder</source>
        <translation>L’original de l’élément sélectionné, dans son dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write XMP Sidecars</source>
        <translation>Écrire les fichiers annexes &amp;XMP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the metadata of the selected items into XMP sidecar files</source>
        <translation>Écrire les métadonnées des éléments sélectionnés dans des fichiers annexes XMP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rea&amp;d XMP Sidecars</source>
        <translation>L&amp;ire les fichiers annexes XMP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take over what the XMP sidecars of the selected items say (undoable)</source>
        <translation>Reprendre le contenu des fichiers annexes XMP des éléments sélectionnés (annulable)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thumbnails of the view</source>
        <translation>Vignettes de la vue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;oupe</source>
        <translation>L&amp;oupe</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Open the Menu Bar</source>
        <translation>Ouvrir la barre de menus</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Edit Capt&amp;ion</source>
        <translation>Modifier la lé&amp;gende</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>One photo filling the window; steps through the selection when several are selected</source>
        <translation>Une photo qui remplit la fenêtre&#xa0;; parcourt la sélection quand plusieurs sont sélectionnées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Two to four selected photos side by side, zoomed together</source>
        <translation>Deux à quatre photos sélectionnées côte à côte, zoomées ensemble</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Survey</source>
        <translation>V&amp;ue d’ensemble</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every selected photo side by side</source>
        <translation>Toutes les photos sélectionnées côte à côte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full Screen</source>
        <translation>Plei&amp;n écran</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The view as a table, one row per item, sortable</source>
        <translation>La vue en tableau, une ligne par élément, triable</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Agrandir les vignettes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Smaller Thumbnails</source>
        <translation>&amp;Réduire les vignettes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show S&amp;idebar</source>
        <translation>Afficher le &amp;panneau latéral</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;Inspector</source>
        <translation>Afficher l’&amp;inspecteur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to Sidebar</source>
        <translation>Aller au panneau latéral</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;People…</source>
        <translation>P&amp;ersonnes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faces found in photos: name people, confirm or reject suggestions</source>
        <translation>Visages trouvés dans les photos&#xa0;: nommer les personnes, confirmer ou refuser les suggestions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Schedule Editor…</source>
        <translation>Éditeur d’&amp;horaire…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Programme…</source>
        <translation>&amp;Importer un programme…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign Items to Sessions…</source>
        <translation>&amp;Attribuer les éléments aux séances…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera &amp;Clocks…</source>
        <translation>Horloges des a&amp;ppareils…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Timeline…</source>
        <translation>&amp;Frise chronologique…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;Smart Collection from Search…</source>
        <translation>Nouvelle collection &amp;intelligente d’après la recherche…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove from Collection</source>
        <translation>&amp;Retirer de la collection</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export what the browser shows: a collection, session, day or search</source>
        <translation>Exporter ce que le navigateur affiche&#xa0;: une collection, une séance, un jour ou une recherche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;History…</source>
        <translation>&amp;Historique des exportations…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About smparchive</source>
        <translation>À &amp;propos de smparchive</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/keys.py" line="+50"/>
        <source>Loupe: any item</source>
        <translation>Loupe&#xa0;: tout élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loupe: photos</source>
        <translation>Loupe&#xa0;: photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loupe: videos and recordings</source>
        <translation>Loupe&#xa0;: vidéos et enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loupe: slides and PDFs</source>
        <translation>Loupe&#xa0;: diaporamas et PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="-76"/>
        <source>Mixed</source>
        <translation>Divers</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <location filename="../../gui/ops.py" line="+431"/>
        <source>The change %1 made to the %2 of %3 no longer stands: yours is applied.</source>
        <translation>La modification du champ «&#xa0;%2&#xa0;» de %3 par %1 n’est plus en vigueur&#xa0;: la vôtre est appliquée.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 made the same change to the %2 of %n items at %3, after you, so that stays as it is.</source>
        <translation>
            <numerusform>%1 a fait la même modification du champ «&#xa0;%2&#xa0;» de %n élément le %3, après vous, elle reste donc telle quelle.</numerusform>
            <numerusform>%1 a fait la même modification du champ «&#xa0;%2&#xa0;» de %n éléments le %3, après vous, elle reste donc telle quelle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 made the same change to the %2 at %3, after you, so that stays as it is.</source>
        <translation>%1 a fait la même modification du champ «&#xa0;%2&#xa0;» le %3, après vous, elle reste donc telle quelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 made the same change to the %2 of %3 at %4, after you, so that stays as it is.</source>
        <translation>%1 a fait la même modification du champ «&#xa0;%2&#xa0;» de %3 le %4, après vous, elle reste donc telle quelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>collections</source>
        <translation>collections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>values</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 changed the %2 of %3 at %4. You had undone your change before that, at %5: redoing it would replace their value.</source>
        <translation>%1 a modifié le champ «&#xa0;%2&#xa0;» de %3 le %4. Vous aviez annulé votre modification avant, le %5&#xa0;: la rétablir remplacerait sa valeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the %2 of %3 at %4. You had made your change before that, at %5: undoing it would replace their value.</source>
        <translation>%1 a modifié le champ «&#xa0;%2&#xa0;» de %3 le %4. Vous aviez fait votre modification avant, le %5&#xa0;: l’annuler remplacerait sa valeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed the %2 of %3 to %5 at %4, after it was shown here. Your edit would replace their value.</source>
        <translation>%1 a changé le champ «&#xa0;%2&#xa0;» de %3 en %5 le %4, après son affichage ici. Votre modification remplacerait sa valeur.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The change %1 made to the %2 of %3 no longer stands: your change would no longer replace a value of theirs.</source>
        <translation>La modification du champ «&#xa0;%2&#xa0;» de %3 par %1 n’est plus en vigueur&#xa0;: votre modification ne remplacerait plus une valeur de sa part.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../gui/opening.py" line="+86"/>
        <source>Opening the catalogue</source>
        <translation>Ouverture du catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the catalogue…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1.</source>
        <translation>Ouverture de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrading the catalogue</source>
        <translation>Mise à niveau du catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading the catalogue…</source>
        <translation>Mise à niveau du catalogue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the team catalogue is made first.</source>
        <translation>Une sauvegarde du catalogue d’équipe est faite d’abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of the catalogue as it was is kept first, in the folder beside it ending in .backups.</source>
        <translation>Une copie du catalogue tel qu’il était est d’abord conservée, dans le dossier voisin dont le nom se termine par .backups.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was made by an earlier version of smparchive (schema %2) and is being upgraded to schema %3. %4

This cannot be interrupted and can take a few minutes for a large catalogue. If it fails, the catalogue is left as it was.</source>
        <translation>%1 a été créé par une version antérieure de smparchive (schéma %2) et est mis à niveau vers le schéma %3. %4

Cette opération ne peut pas être interrompue et peut prendre quelques minutes pour un grand catalogue. En cas d’échec, le catalogue reste tel qu’il était.</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../gui/dialogs/sidecar_summary.py" line="+29"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into existing</source>
        <translation>Fusionné avec l’existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken over</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright</source>
        <translation>Droits d’auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields / why</source>
        <translation>Champs / motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidecar</source>
        <translation>Fichier annexe</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../gui/dialogs/people.py" line="+16"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Yes, it is them (Y)</source>
        <translation>Oui, c’est bien elle (Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No (N)</source>
        <translation>Non (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name…</source>
        <translation>Nommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw Consent…</source>
        <translation>Retirer le consentement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold back every photo of this person from publication, from today</source>
        <translation>Retenir de toute publication chaque photo de cette personne, à partir d’aujourd’hui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Face detection is off for this catalogue. Turn it on in Preferences: faces are found on this computer only.</source>
        <translation>La détection des visages est désactivée pour ce catalogue. Activez-la dans les Préférences&#xa0;: les visages sont trouvés sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No faces found yet.</source>
        <translation>Aucun visage trouvé pour l’instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select faces, then press Y to confirm, N to reject, or name them.</source>
        <translation>Sélectionnez des visages, puis appuyez sur Y pour confirmer, N pour refuser, ou nommez-les.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Suggestions (%1)</source>
        <translation>Suggestions (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown person %1 (%2)</source>
        <translation>Personne inconnue %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other unknown faces (%1)</source>
        <translation>Autres visages inconnus (%1)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is this?</source>
        <translation>Qui est-ce&#xa0;?</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Withdraw Consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Withdraw the consent of %1 from today? %Ln photos will be held back from every publication.</source>
        <translation>
            <numerusform>Retirer le consentement de %1 à partir d’aujourd’hui&#xa0;? %Ln photo sera bloquée pour toute publication.</numerusform>
            <numerusform>Retirer le consentement de %1 à partir d’aujourd’hui&#xa0;? %Ln photos seront bloquées pour toute publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Consent of %1 withdrawn: %Ln photos held back.</source>
        <translation>
            <numerusform>Consentement de %1 retiré&#xa0;: %Ln photo bloquée.</numerusform>
            <numerusform>Consentement de %1 retiré&#xa0;: %Ln photos bloquées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already published in: %1. Take these photos down there.</source>
        <translation>Déjà publiées dans&#xa0;: %1. Retirez-y ces photos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips cut from their recordings were published too: %1.</source>
        <translation>Des extraits de leurs enregistrements ont aussi été publiés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../gui/dialogs/pickers.py" line="+48"/>
        <source>Add to Collection</source>
        <translation>Ajouter à une collection</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>Add %Ln items to the collection (type a new name to create one):</source>
        <translation>
            <numerusform>Ajouter %Ln élément à la collection (saisissez un nouveau nom pour en créer une)&#x202f;:</numerusform>
            <numerusform>Ajouter %Ln éléments à la collection (saisissez un nouveau nom pour en créer une)&#x202f;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Session for the %Ln selected items:</source>
        <translation>
            <numerusform>Séance pour %Ln élément sélectionné&#x202f;:</numerusform>
            <numerusform>Séance pour les %Ln éléments sélectionnés&#x202f;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items added to the collection “%1”</source>
        <translation>
            <numerusform>%Ln élément ajouté à la collection «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%Ln éléments ajoutés à la collection «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Collection “%1” made with %Ln items</source>
        <translation>
            <numerusform>Collection «&#xa0;%1&#xa0;» créée avec %Ln élément</numerusform>
            <numerusform>Collection «&#xa0;%1&#xa0;» créée avec %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items assigned to the session “%1”</source>
        <translation>
            <numerusform>%Ln élément attribué à la séance «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%Ln éléments attribués à la séance «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln items taken out of their session</source>
        <translation>
            <numerusform>%Ln élément retiré de sa séance</numerusform>
            <numerusform>%Ln éléments retirés de leur séance</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>No session</source>
        <translation>Sans séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to Session</source>
        <translation>Attribuer à une séance</translation>
    </message>
</context>
<context>
    <name>PinPicture</name>
    <message>
        <location filename="../../gui/dialogs/pin_picture.py" line="+40"/>
        <source>%1: click to enlarge</source>
        <translation>%1&#xa0;: cliquer pour agrandir</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <location filename="../../gui/player/view.py" line="+547"/>
        <source>%n draft chapters, spread evenly: not published until placed (C) or confirmed</source>
        <translation>
            <numerusform>%n chapitre brouillon, réparti régulièrement&#xa0;: non publié tant qu’il n’est pas placé (C) ou confirmé</numerusform>
            <numerusform>%n chapitres brouillons, répartis régulièrement&#xa0;: non publiés tant qu’ils ne sont pas placés (C) ou confirmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+175"/>
        <source>Captions (%1, %Ln cues) added to “%3”: they are published with its clip.</source>
        <translation>
            <numerusform>Sous-titres (%1, %Ln réplique) ajoutés à «&#xa0;%3&#xa0;»&#x202f;: ils sont publiés avec son extrait.</numerusform>
            <numerusform>Sous-titres (%1, %Ln répliques) ajoutés à «&#xa0;%3&#xa0;»&#x202f;: ils sont publiés avec son extrait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n segments from the programme:</source>
        <translation>
            <numerusform>%n segment d’après le programme&#xa0;:</numerusform>
            <numerusform>%n segments d’après le programme&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Cut into %n segments, one per session: exports publish each as a clip of its own. %1 undoes the cut.</source>
        <translation>
            <numerusform>Découpé en %n segment, un par séance&#xa0;: les exports le publient comme clip à part. %1 annule la découpe.</numerusform>
            <numerusform>Découpé en %n segments, un par séance&#xa0;: les exports publient chacun comme clip à part. %1 annule la découpe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n chapters of “%1” confirmed: they are published with its clip.</source>
        <translation>
            <numerusform>%n chapitre de «&#xa0;%1&#xa0;» confirmé&#xa0;: il est publié avec son clip.</numerusform>
            <numerusform>%n chapitres de «&#xa0;%1&#xa0;» confirmés&#xa0;: ils sont publiés avec son clip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="+72"/>
        <source>Mirror folder beside the catalogue</source>
        <translation>Dossier miroir à côté du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next to each file (.xmp)</source>
        <translation>À côté de chaque fichier (.xmp)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnails and cache</source>
        <translation>Vignettes et cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+173"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>A new language applies when smparchive starts again (it offers to now).</source>
        <translation>Une nouvelle langue s’applique au redémarrage de smparchive (proposé aussitôt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages of titles, captions and alt texts, e.g. en, fr, nl</source>
        <translation>Langues des titres, légendes et textes alternatifs, p. ex. en, fr, nl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption languages</source>
        <translation>Langues des légendes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded with your changes; a team catalogue records your login instead</source>
        <translation>Enregistré avec vos modifications&#xa0;; un catalogue d’équipe enregistre plutôt votre identifiant de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thumbnail size in the grid</source>
        <translation>Taille des vignettes dans la grille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beside each catalogue (default)</source>
        <translation>À côté de chaque catalogue (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache location</source>
        <translation>Emplacement du cache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache size limit</source>
        <translation>Taille maximale du cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current cache: %1</source>
        <translation>Cache actuel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new cache location applies the next time a catalogue is opened.</source>
        <translation>Un nouvel emplacement du cache s’applique à la prochaine ouverture d’un catalogue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current cache: %1 (%2)</source>
        <translation>Cache actuel&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No folders catalogued yet.</source>
        <translation>Aucun dossier catalogué pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find faces in this catalogue&apos;s photos</source>
        <translation>Trouver les visages dans les photos de ce catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off unless you turn it on, for each catalogue. Faces are found on this computer only: nothing is downloaded or sent anywhere. Found faces are grouped in View &gt; People, where you name people; a person&apos;s consent then applies to every photo they are confirmed in.</source>
        <translation>Désactivé tant que vous ne l’activez pas, pour chaque catalogue. Les visages sont trouvés sur cet ordinateur uniquement&#xa0;: rien n’est téléchargé ni envoyé nulle part. Les visages trouvés sont regroupés dans Affichage &gt; Personnes, où vous nommez les personnes&#xa0;; le consentement d’une personne s’applique alors à chaque photo où elle est confirmée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Face detection is not installed: pip install &apos;smparchive[faces]&apos;</source>
        <translation>La détection des visages n’est pas installée&#xa0;: pip install &apos;smparchive[faces]&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache Location</source>
        <translation>Emplacement du cache</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The new language applies when smparchive starts again. Restart now? Your work is saved; the catalogue opens again.</source>
        <translation>La nouvelle langue s’applique au redémarrage de smparchive. Redémarrer maintenant&#xa0;? Votre travail est enregistré&#xa0;; le catalogue se rouvre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>ProblemCounts</name>
    <message numerus="yes">
        <location filename="../../gui/problem_counts.py" line="+20"/>
        <source>The folder went away during the scan (drive unplugged or share lost?), so its scan stopped; its %Ln items keep what the catalogue knew, marked offline: scan again once it is back.</source>
        <translation>
            <numerusform>Le dossier a disparu pendant le scan (disque débranché ou partage perdu&#xa0;?), son scan s’est donc arrêté&#xa0;; son %Ln élément garde ce que le catalogue savait, marqué hors ligne&#xa0;: relancez le scan quand il sera de retour.</numerusform>
            <numerusform>Le dossier a disparu pendant le scan (disque débranché ou partage perdu&#xa0;?), son scan s’est donc arrêté&#xa0;; ses %Ln éléments gardent ce que le catalogue savait, marqués hors ligne&#xa0;: relancez le scan quand il sera de retour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The folder is not reachable (drive not attached?); its %Ln items stay in the catalogue, marked offline.</source>
        <translation>
            <numerusform>Le dossier est inaccessible (disque non branché&#xa0;?)&#xa0;; son %Ln élément reste dans le catalogue, marqué hors ligne.</numerusform>
            <numerusform>Le dossier est inaccessible (disque non branché&#xa0;?)&#xa0;; ses %Ln éléments restent dans le catalogue, marqués hors ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This computer cannot reach the folder (share not mounted, or mounted at another path?); its %Ln items stay as they are for the rest of the team: if this computer sees the folder elsewhere, say where (Find Missing Folder… in the app, &apos;smparchive roots map&apos; in a terminal).</source>
        <translation>
            <numerusform>Cet ordinateur n’atteint pas le dossier (partage non monté, ou monté à un autre chemin&#xa0;?)&#xa0;; son %Ln élément reste tel quel pour le reste de l’équipe&#xa0;: si cet ordinateur voit le dossier ailleurs, indiquez où (Retrouver le dossier manquant… dans l’app, «&#xa0;smparchive roots map&#xa0;» dans un terminal).</numerusform>
            <numerusform>Cet ordinateur n’atteint pas le dossier (partage non monté, ou monté à un autre chemin&#xa0;?)&#xa0;; ses %Ln éléments restent tels quels pour le reste de l’équipe&#xa0;: si cet ordinateur voit le dossier ailleurs, indiquez où (Retrouver le dossier manquant… dans l’app, «&#xa0;smparchive roots map&#xa0;» dans un terminal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The folder went away from this computer during the scan (share lost?), so its scan stopped; its %Ln items keep what the catalogue knew, as they are for the rest of the team: scan again once it is back.</source>
        <translation>
            <numerusform>Le dossier a disparu de cet ordinateur pendant l’analyse (partage perdu&#xa0;?), son analyse s’est donc arrêtée&#xa0;; son %Ln élément garde ce que le catalogue savait, tel quel pour le reste de l’équipe&#xa0;: relancez l’analyse quand il est de retour.</numerusform>
            <numerusform>Le dossier a disparu de cet ordinateur pendant l’analyse (partage perdu&#xa0;?), son analyse s’est donc arrêtée&#xa0;; ses %Ln éléments gardent ce que le catalogue savait, tels quels pour le reste de l’équipe&#xa0;: relancez l’analyse quand il est de retour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{name}: its %Ln chapters are an evenly spaced draft, not the speakers&apos; real starts: not published (confirm or place them in the player first).</source>
        <translation>
            <numerusform>{name}&#xa0;: son %Ln chapitre est un brouillon réparti régulièrement, pas le vrai début de l’intervenant&#xa0;: non publié (confirmez-le ou placez-le d’abord dans le lecteur).</numerusform>
            <numerusform>{name}&#xa0;: ses %Ln chapitres sont un brouillon réparti régulièrement, pas les vrais débuts des intervenants&#xa0;: non publiés (confirmez-les ou placez-les d’abord dans le lecteur).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln items go out without their alt text: it is still a suggested draft (finish it in the caption editor, Ctrl+Shift+X, and remove the draft marker).</source>
        <translation>
            <numerusform>%Ln élément part sans son texte alternatif&#xa0;: c’est encore un brouillon proposé (terminez-le avec Modifier le texte alternatif, Ctrl+Maj+X, et retirez la marque de brouillon).</numerusform>
            <numerusform>%Ln éléments partent sans leur texte alternatif&#xa0;: c’est encore un brouillon proposé (terminez-le avec Modifier le texte alternatif, Ctrl+Maj+X, et retirez la marque de brouillon).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln documents go out with their own metadata (author and editor names, software, dates, and that of pictures inside them): clear it in the document&apos;s own program before publishing if it should not be seen.</source>
        <translation>
            <numerusform>%Ln document part avec ses propres métadonnées (noms de l’auteur et des éditeurs, logiciel, dates, et celles des images qu’il contient)&#xa0;: effacez-les dans le programme du document avant de publier si elles ne doivent pas être vues.</numerusform>
            <numerusform>%Ln documents partent avec leurs propres métadonnées (noms de l’auteur et des éditeurs, logiciel, dates, et celles des images qu’ils contiennent)&#xa0;: effacez-les dans le programme du document avant de publier si elles ne doivent pas être vues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln decks are left out ({name}): {why}.</source>
        <translation>
            <numerusform>%Ln présentation est laissée de côté ({name})&#xa0;: {why}.</numerusform>
            <numerusform>%Ln présentations sont laissées de côté ({name})&#xa0;: {why}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>IPTC-IIM {value} holds at most {limit} bytes: shortened there for %Ln items ({name}); the XMP copy, which Lightroom and digiKam show, is whole.</source>
        <translation>
            <numerusform>IPTC-IIM {value} contient au plus {limit} octets&#xa0;: raccourci là pour %Ln élément ({name})&#xa0;; la copie XMP, qu’affichent Lightroom et digiKam, est complète.</numerusform>
            <numerusform>IPTC-IIM {value} contient au plus {limit} octets&#xa0;: raccourci là pour %Ln éléments ({name})&#xa0;; la copie XMP, qu’affichent Lightroom et digiKam, est complète.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unknown tokens {value} in name template; use {other}</source>
        <translation>
            <numerusform>Jeton inconnu {value} dans le modèle de nom&#xa0;; utilisez {other}</numerusform>
            <numerusform>Jetons inconnus {value} dans le modèle de nom&#xa0;; utilisez {other}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sessions no longer in the programme were left alone: {value}</source>
        <translation>
            <numerusform>%Ln séance qui n’est plus au programme a été laissée telle quelle&#xa0;: {value}</numerusform>
            <numerusform>%Ln séances qui ne sont plus au programme ont été laissées telles quelles&#xa0;: {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{where}: the header lacks the columns {value}</source>
        <translation>
            <numerusform>{where}&#xa0;: il manque à l’en-tête la colonne {value}</numerusform>
            <numerusform>{where}&#xa0;: il manque à l’en-tête les colonnes {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln speaker chapters spread evenly (a draft)</source>
        <translation>
            <numerusform>%Ln chapitre d’intervenant réparti régulièrement (un brouillon)</numerusform>
            <numerusform>%Ln chapitres d’intervenants répartis régulièrement (un brouillon)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln files written</source>
        <translation>
            <numerusform>%Ln fichier écrit</numerusform>
            <numerusform>%Ln fichiers écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln bloqué</numerusform>
            <numerusform>%Ln bloqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln published by override</source>
        <translation>
            <numerusform>%Ln publié par dérogation</numerusform>
            <numerusform>%Ln publiés par dérogation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No items with ids {value}.</source>
        <translation>
            <numerusform>Aucun élément avec l’identifiant {value}.</numerusform>
            <numerusform>Aucun élément avec les identifiants {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Items {value} are not in the collection.</source>
        <translation>
            <numerusform>L’élément {value} n’est pas dans la collection.</numerusform>
            <numerusform>Les éléments {value} ne sont pas dans la collection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{target} does not hold this folder&apos;s files (none of %Ln catalogued files is there); check the path.</source>
        <translation>
            <numerusform>{target} ne contient pas les fichiers de ce dossier (son %Ln fichier catalogué n’y est pas)&#xa0;; vérifiez le chemin.</numerusform>
            <numerusform>{target} ne contient pas les fichiers de ce dossier (aucun des %Ln fichiers catalogués n’y est)&#xa0;; vérifiez le chemin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&apos;{value}&apos;: there are %Ln programme days.</source>
        <translation>
            <numerusform>«&#xa0;{value}&#xa0;»&#xa0;: le programme compte %Ln jour.</numerusform>
            <numerusform>«&#xa0;{value}&#xa0;»&#xa0;: le programme compte %Ln jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../gui/problem_texts.py" line="-2241"/>
        <source>This is not a regular file.</source>
        <translation>Ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty (0 bytes).</source>
        <translation>Le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read ({why}).</source>
        <translation>Le fichier ne peut pas être lu ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be hashed ({why}).</source>
        <translation>L’empreinte du fichier n’a pas pu être calculée ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is named as a {fmt} file but its contents are not one: it is damaged or incomplete (try copying it again from its source).</source>
        <translation>Le fichier porte le nom d’un fichier {fmt}, mais son contenu n’en est pas un&#xa0;: il est endommagé ou incomplet (copiez-le à nouveau depuis sa source).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{fmt} files are not catalogued (photos, videos, audio, slides and documents are).</source>
        <translation>Les fichiers {fmt} ne sont pas catalogués (seulement les photos, vidéos, sons, présentations et documents).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files of this type are not catalogued (photos, videos, audio, slides and documents are).</source>
        <translation>Les fichiers de ce type ne sont pas catalogués (seulement les photos, vidéos, sons, présentations et documents).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file needs more memory to open than is safe; it was refused.</source>
        <translation>Ouvrir le fichier demanderait plus de mémoire qu’il n’est sûr&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is no longer there.</source>
        <translation>Le fichier n’est plus là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s folder or drive is offline; the catalogue keeps what it knew.</source>
        <translation>Le dossier ou le disque du fichier est hors ligne&#x202f;; le catalogue garde ce qu’il en savait.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file made its worker process crash.</source>
        <translation>Le fichier a fait planter le processus qui le lisait.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file took longer than {value} s; it was stopped.</source>
        <translation>La lecture du fichier a pris plus de {value} s&#xa0;; elle a été arrêtée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file needs more memory than a worker may use{limit}; it was refused.</source>
        <translation>Lire le fichier demande plus de mémoire qu’un processus de lecture ne peut en utiliser{limit}&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read because of a fault in smparchive; details are in the log.</source>
        <translation>Le fichier n’a pas pu être lu à cause d’une erreur de smparchive&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be opened as {fmt} ({why}).</source>
        <translation>Le fichier ne peut pas être ouvert comme {fmt} ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no audio or video streams.</source>
        <translation>Le fichier ne contient aucun flux audio ou vidéo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds audio only.</source>
        <translation>Le fichier ne contient que du son.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no video stream to take a picture from.</source>
        <translation>Le fichier n’a pas de flux vidéo d’où tirer une image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file name contains invisible right-to-left control characters, so it reads differently from what it is (a known way to disguise a file); check the file and rename it.</source>
        <translation>Le nom du fichier contient des caractères de contrôle invisibles (écriture de droite à gauche)&#xa0;: il ne se lit pas comme ce qu’il est (une façon connue de déguiser un fichier)&#xa0;; vérifiez le fichier et renommez-le.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name ends in .{value} but also contains .{fmt}, so it may not be what it first seems; check the file and rename it.</source>
        <translation>Le nom du fichier se termine par .{value} mais contient aussi .{fmt}&#xa0;: ce n’est peut-être pas ce qu’il semble être&#xa0;; vérifiez le fichier et renommez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file or its folder disappeared while it was being read; it was left as it was and the next scan tries again.</source>
        <translation>Le fichier ou son dossier a disparu pendant la lecture&#xa0;; il a été laissé tel quel et le prochain scan réessaiera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the file was denied; it was left as it was and the next scan tries again.</source>
        <translation>L’accès au fichier a été refusé&#xa0;; il a été laissé tel quel et le prochain scan réessaiera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drive or network share holding the file stopped answering; it was left as it was and the next scan tries again.</source>
        <translation>Le disque ou le partage réseau qui contient le fichier ne répond plus&#xa0;; il a été laissé tel quel et le prochain scan réessaiera.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The image is refused: it claims to be so large that opening it could exhaust the memory (a damaged or malicious file).</source>
        <translation>L’image est refusée&#xa0;: elle se dit si grande que l’ouvrir pourrait épuiser la mémoire (un fichier endommagé ou malveillant).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a picture that can be read: it is damaged or not really an image.</source>
        <translation>Le fichier n’est pas une image lisible&#xa0;: il est endommagé ou n’est pas vraiment une image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image cannot be opened ({why}).</source>
        <translation>L’image ne peut pas être ouverte ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image structure cannot be read: {why}.</source>
        <translation>La structure de l’image ne peut pas être lue&#xa0;: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image data cannot be decoded in full: {why}.</source>
        <translation>Les données de l’image ne peuvent pas être décodées entièrement&#xa0;: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image pixels cannot be decoded.</source>
        <translation>Les pixels de l’image ne peuvent pas être décodés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image data is truncated: about {percent}% of the picture could be decoded.</source>
        <translation>Les données de l’image sont tronquées&#xa0;: environ {percent}&#xa0;% de l’image a pu être décodée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image cannot be decoded.</source>
        <translation>L’image ne peut pas être décodée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} cannot be decoded ({why}).</source>
        <translation>Le fichier ({fmt}) ne peut pas être décodé ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The embedded XMP was ignored ({why}).</source>
        <translation>Le XMP intégré a été ignoré ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IPTC block was ignored ({why}).</source>
        <translation>Le bloc IPTC a été ignoré ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera information (EXIF) in the file is damaged and was skipped.</source>
        <translation>Les informations de l’appareil (EXIF) du fichier sont endommagées et ont été ignorées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera information (EXIF) could not be read: {why}.</source>
        <translation>Les informations de l’appareil (EXIF) n’ont pas pu être lues&#xa0;: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXIF orientation {value} is invalid and was ignored.</source>
        <translation>L’orientation EXIF {value} n’est pas valide et a été ignorée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some metadata could not be read ({why}).</source>
        <translation>Certaines métadonnées n’ont pas pu être lues ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The XMP sidecar {name} is too large and was ignored.</source>
        <translation>Le fichier XMP annexe {name} est trop volumineux et a été ignoré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The XMP sidecar {name} was ignored ({why}).</source>
        <translation>Le fichier XMP annexe {name} a été ignoré ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thumbnail cannot be made ({why}).</source>
        <translation>La vignette ne peut pas être créée ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No thumbnail can be made.</source>
        <translation>Aucune vignette ne peut être créée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kind of file has no thumbnail.</source>
        <translation>Ce type de fichier n’a pas de vignette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no way to picture a {fmt} file.</source>
        <translation>Un fichier {fmt} ne peut pas être représenté par une image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no stream to take a picture from.</source>
        <translation>Il n’y a aucun flux d’où tirer une image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video file holds audio only: there is no picture.</source>
        <translation>Le fichier vidéo ne contient que du son&#xa0;: il n’y a pas d’image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video track holds no decodable frames.</source>
        <translation>La piste vidéo ne contient aucune image décodable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video has no frames.</source>
        <translation>La vidéo n’a aucune image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video has no decodable frames.</source>
        <translation>La vidéo n’a aucune image décodable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video cannot be opened ({why}).</source>
        <translation>La vidéo ne peut pas être ouverte ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording could not be analysed near {value} s: {why}</source>
        <translation>L’enregistrement n’a pas pu être analysé vers {value} s&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption file {name} is empty.</source>
        <translation>Le fichier de sous-titres {name} est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption file {name} is larger than {limit} MB.</source>
        <translation>Le fichier de sous-titres {name} dépasse {limit} Mo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption file {name} cannot be read.</source>
        <translation>Le fichier de sous-titres {name} ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption file {name} is not UTF-8 text; save it as UTF-8 and add it again.</source>
        <translation>Le fichier de sous-titres {name} n’est pas du texte UTF-8&#xa0;; enregistrez-le en UTF-8 et ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a SubRip (.srt) file, not WebVTT: convert it to WebVTT (any subtitle editor saves as .vtt) and add that.</source>
        <translation>{name} est un fichier SubRip (.srt), pas WebVTT&#xa0;: convertissez-le en WebVTT (tout éditeur de sous-titres enregistre en .vtt) et ajoutez celui-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a WebVTT file: its first line must be WEBVTT.</source>
        <translation>{name} n’est pas un fichier WebVTT&#xa0;: sa première ligne doit être WEBVTT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, line {n}: the cue&apos;s times are not valid WebVTT (00:01:02.500 --&gt; 00:01:05.000, the end after the start).</source>
        <translation>{name}, ligne {n}&#xa0;: les temps du sous-titre ne sont pas du WebVTT valide (00:01:02.500 --&gt; 00:01:05.000, la fin après le début).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caption file {name} holds no captions (no timed cues).</source>
        <translation>Le fichier de sous-titres {name} ne contient aucun sous-titre (aucune réplique minutée).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legacy {fmt} files are catalogued but not read; save as {value} to index.</source>
        <translation>Les anciens fichiers {fmt} sont catalogués mais pas lus&#xa0;; enregistrez-les au format {value} pour les indexer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} format is not supported.</source>
        <translation>Le format {fmt} n’est pas pris en charge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF is encrypted: a password is required to read it.</source>
        <translation>Le PDF est chiffré&#xa0;: un mot de passe est nécessaire pour le lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF cannot be opened ({why}).</source>
        <translation>Le PDF ne peut pas être ouvert ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF has no pages.</source>
        <translation>Le PDF n’a aucune page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF&apos;s pages cannot be loaded ({why}).</source>
        <translation>Les pages du PDF ne peuvent pas être chargées ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF document information was ignored ({why}).</source>
        <translation>Les informations du document PDF ont été ignorées ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first PDF page has no size.</source>
        <translation>La première page du PDF n’a pas de taille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first PDF page cannot be rendered ({why}).</source>
        <translation>La première page du PDF ne peut pas être affichée ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} file is not a readable zip ({why}).</source>
        <translation>Le fichier {fmt} n’est pas une archive zip lisible ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} file is refused as unsafe ({why}).</source>
        <translation>Le fichier {fmt} est refusé car dangereux ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package cannot be read ({why}).</source>
        <translation>Le paquet ne peut pas être lu ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package carries no preview picture.</source>
        <translation>Le paquet ne contient aucune image d’aperçu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PPTX package has no [Content_Types].xml: it is not a presentation.</source>
        <translation>Le paquet PPTX n’a pas de [Content_Types].xml&#xa0;: ce n’est pas une présentation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The presentation cannot be read ({why}).</source>
        <translation>La présentation ne peut pas être lue ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DOCX package has no word/document.xml: it is not a document.</source>
        <translation>Le paquet DOCX n’a pas de word/document.xml&#xa0;: ce n’est pas un document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} package has no content.xml: there is nothing to read.</source>
        <translation>Le paquet {fmt} n’a pas de content.xml&#xa0;: il n’y a rien à lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {fmt} content.xml has no document body.</source>
        <translation>Le content.xml du fichier {fmt} n’a pas de corps de document.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder went away during the scan (drive unplugged or share lost?), so its scan stopped; its {n} items keep what the catalogue knew, marked offline: scan again once it is back.</source>
        <translation>Le dossier a disparu pendant le scan (disque débranché ou partage perdu&#xa0;?), son scan s’est donc arrêté&#xa0;; ses {n} éléments gardent ce que le catalogue savait, marqués hors ligne&#xa0;: relancez le scan quand il sera de retour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder is not reachable (drive not attached?); its {n} items stay in the catalogue, marked offline.</source>
        <translation>Le dossier est inaccessible (disque non branché&#xa0;?)&#xa0;; ses {n} éléments restent dans le catalogue, marqués hors ligne.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Originals keep all their metadata (GPS position, camera serial numbers); choose a resized preset to publish without them.</source>
        <translation>Les originaux gardent toutes leurs métadonnées (position GPS, numéros de série des appareils)&#xa0;; choisissez un préréglage redimensionné pour publier sans elles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faces can only be blurred in resized copies: originals are copied as they are, so photos of people who may not be shown stay held back.</source>
        <translation>Les visages ne peuvent être floutés que dans des copies redimensionnées&#xa0;: les originaux sont copiés tels quels, donc les photos de personnes qui ne peuvent pas être montrées restent bloquées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LibreOffice was not found: decks are exported as originals, not PDF.</source>
        <translation>LibreOffice est introuvable&#xa0;: les présentations sont exportées en originaux, pas en PDF.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {mime} cannot be resized, and a copy would keep its camera metadata (GPS, serial numbers); left out (export it with the originals preset or with all metadata kept).</source>
        <translation>{name}&#xa0;: {mime} ne peut pas être redimensionné, et une copie garderait les métadonnées de l’appareil (GPS, numéros de série)&#xa0;; laissé de côté (exportez-le avec le préréglage des originaux ou en gardant toutes les métadonnées).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: its {n} chapters are an evenly spaced draft, not the speakers&apos; real starts: not published (confirm or place them in the player first).</source>
        <translation>{name}&#xa0;: ses {n} chapitres sont un brouillon réparti régulièrement, pas les vrais débuts des intervenants&#xa0;: non publiés (confirmez-les ou placez-les d’abord dans le lecteur).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} items go out without their alt text: it is still a suggested draft (finish it in the caption editor, Ctrl+Shift+X, and remove the draft marker).</source>
        <translation>{n} éléments partent sans leur texte alternatif&#xa0;: c’est encore un brouillon proposé (terminez-le avec Modifier le texte alternatif, Ctrl+Maj+X, et retirez la marque de brouillon).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} documents go out with their own metadata (author and editor names, software, dates, and that of pictures inside them): clear it in the document&apos;s own program before publishing if it should not be seen.</source>
        <translation>{n} documents partent avec leurs propres métadonnées (noms de l’auteur et des éditeurs, logiciel, dates, et celles des images qu’ils contiennent)&#xa0;: effacez-les dans le programme du document avant de publier si elles ne doivent pas être vues.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IPTC-IIM {value} holds at most {limit} bytes: shortened there for {n} items ({name}); the XMP copy, which Lightroom and digiKam show, is whole.</source>
        <translation>IPTC-IIM {value} contient au plus {limit} octets&#xa0;: raccourci là pour {n} éléments ({name})&#xa0;; la copie XMP, qu’affichent Lightroom et digiKam, est complète.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The export was written but not recorded in the history. {why}</source>
        <translation>L’export a été écrit mais n’a pas été consigné dans l’historique. {why}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bag written does not validate against its manifests</source>
        <translation>Le paquet BagIt écrit ne se valide pas selon ses manifestes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file in the bag written does not verify: {name}</source>
        <translation>Un fichier du paquet BagIt écrit ne se vérifie pas&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{where}: {name} ignored: its value cannot be read</source>
        <translation>{where}&#xa0;: {name} ignoré&#xa0;: sa valeur est illisible</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{n} sessions no longer in the programme were left alone: {value}</source>
        <translation>{n} séances qui ne sont plus au programme ont été laissées telles quelles&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>{where}: the header lacks the columns {value}</source>
        <translation>{where}&#xa0;: il manque à l’en-tête les colonnes {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where}: the CSV cannot be read</source>
        <translation>{where}&#xa0;: le CSV ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: a field is longer than {value} characters, so the CSV cannot be read (a quotation mark opened and never closed makes the rest of the file one field)</source>
        <translation>{where}&#xa0;: un champ dépasse {value}&#xa0;caractères, le CSV ne peut donc pas être lu (un guillemet ouvert et jamais fermé fait du reste du fichier un seul champ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a valid iCalendar file: its structure cannot be read</source>
        <translation>pas un fichier iCalendar valide&#xa0;: sa structure ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a whole iCalendar file: BEGIN:VCALENDAR or its END:VCALENDAR is missing (is the file cut short?)</source>
        <translation>pas un fichier iCalendar complet&#xa0;: BEGIN:VCALENDAR ou son END:VCALENDAR manque (le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file holds several calendars one after the other: import them one at a time</source>
        <translation>le fichier contient plusieurs calendriers à la suite&#xa0;: importez-les un par un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the time zone {value} (TZID) is neither one this computer knows nor defined in the file; give a default time zone</source>
        <translation>{where}&#xa0;: le fuseau horaire {value} (TZID) n’est ni connu de cet ordinateur ni défini dans le fichier&#xa0;; indiquez un fuseau horaire par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time zone {value} (TZID) is neither one this computer knows nor defined in the file: its times were read in the default time zone, {zone}</source>
        <translation>le fuseau horaire {value} (TZID) n’est ni connu de cet ordinateur ni défini dans le fichier&#xa0;: ses heures ont été lues dans le fuseau horaire par défaut, {zone}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No items with ids {value}.</source>
        <translation>Aucun élément avec les identifiants {value}.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Items {value} are not in the collection.</source>
        <translation>Les éléments {value} ne sont pas dans la collection.</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>{n} files written</source>
        <translation>{n} fichiers écrits</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{label} was not undone: {why}</source>
        <translation>{label} n’a pas été annulé&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} was not redone: {why}</source>
        <translation>{label} n’a pas été rétabli&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>&apos;{value}&apos;: there are {n} programme days.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: le programme compte {n} jours.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown tokens {value} in name template; use {other}</source>
        <translation>Jetons inconnus {value} dans le modèle de nom&#xa0;; utilisez {other}</translation>
    </message>
    <message>
        <location line="-1446"/>
        <source>Links shared to the page will show no cover picture: sites that preview a link need the page&apos;s address (Page address in the app, --page-url on the command line).</source>
        <translation>Les liens partagés vers la page n’afficheront pas d’image de couverture&#xa0;: les sites qui prévisualisent un lien ont besoin de l’adresse de la page (Adresse de la page dans l’application, --page-url en ligne de commande).</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Fixity check failed: the bytes changed although size and date did not (expected SHA-256 {value}, found {other}).</source>
        <translation>Contrôle d’intégrité échoué&#xa0;: les octets ont changé alors que la taille et la date sont les mêmes (SHA-256 attendu {value}, trouvé {other}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file was edited since the last scan; rescan it.</source>
        <translation>Le fichier a été modifié depuis la dernière analyse&#xa0;; réanalysez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file or its folder disappeared while it was being read; it was not checked: verify again later.</source>
        <translation>Le fichier ou son dossier a disparu pendant la lecture&#xa0;; il n’a pas été vérifié&#xa0;: vérifiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the file was denied; it was not checked: verify again later.</source>
        <translation>L’accès au fichier a été refusé&#xa0;; il n’a pas été vérifié&#xa0;: vérifiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive or network share holding the file stopped answering; it was not checked: verify again later.</source>
        <translation>Le disque ou le partage réseau qui contient le fichier ne répond plus&#xa0;; il n’a pas été vérifié&#xa0;: vérifiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read; it was not checked: verify again later.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;; il n’a pas été vérifié&#xa0;: vérifiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was never read completely, so there is no fingerprint to compare; scan with --retry-errors to read it again.</source>
        <translation>Le fichier n’a jamais été lu en entier, il n’y a donc pas d’empreinte à comparer&#xa0;; analysez avec --retry-errors pour le relire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s fingerprint is still pending (the scan that catalogued it stopped before reading it in full); scan its folder again to take it.</source>
        <translation>L’empreinte du fichier est encore en attente (l’analyse qui l’a catalogué s’est arrêtée avant de le lire en entier)&#xa0;; analysez à nouveau son dossier pour la prendre.</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>The folder cannot be read ({why}).</source>
        <translation>Le dossier ne peut pas être lu ({why}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer cannot reach the folder (share not mounted, or mounted at another path?); its {n} items stay as they are for the rest of the team: if this computer sees the folder elsewhere, say where (Find Missing Folder… in the app, &apos;smparchive roots map&apos; in a terminal).</source>
        <translation>Cet ordinateur n’atteint pas le dossier (partage non monté, ou monté à un autre chemin&#xa0;?)&#xa0;; ses {n} éléments restent tels quels pour le reste de l’équipe&#xa0;: si cet ordinateur voit le dossier ailleurs, indiquez où (Retrouver le dossier manquant… dans l’app, «&#xa0;smparchive roots map&#xa0;» dans un terminal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder went away from this computer during the scan (share lost?), so its scan stopped; its {n} items keep what the catalogue knew, as they are for the rest of the team: scan again once it is back.</source>
        <translation>Le dossier a disparu de cet ordinateur pendant l’analyse (partage perdu&#xa0;?), son analyse s’est donc arrêtée&#xa0;; ses {n} éléments gardent ce que le catalogue savait, tels quels pour le reste de l’équipe&#xa0;: relancez l’analyse quand il est de retour.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: converting it to PDF needs LibreOffice, which was not found (no PDF of it is kept in the cache): it goes out as the original.</source>
        <translation>{name}&#xa0;: le convertir en PDF demande LibreOffice, qui est introuvable (aucun PDF n’en est gardé dans le cache)&#xa0;: il est exporté en original.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} decks are left out ({name}): {why}.</source>
        <translation>{n} présentations sont laissées de côté ({name})&#xa0;: {why}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{value}&apos; is not the page&apos;s address: give the full https:// address it will be published at, such as https://media.example.org/smp2022/.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas l’adresse de la page&#xa0;: indiquez l’adresse https:// complète où elle sera publiée, par exemple https://media.example.org/smp2022/.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}: {mime} cannot be resized; copied as is (with all its metadata, as chosen).</source>
        <translation>{name}&#xa0;: {mime} ne peut pas être redimensionné&#xa0;; copié tel quel (avec toutes ses métadonnées, comme choisi).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: the {fields} names {person}, whose face is blurred; edit the text before publishing.</source>
        <translation>{name}&#xa0;: le champ {fields} nomme {person}, dont le visage est flouté&#xa0;; modifiez le texte avant de publier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: the {fields} name {person}, whose face is blurred; edit the text before publishing.</source>
        <translation>{name}&#xa0;: les champs {fields} nomment {person}, dont le visage est flouté&#xa0;; modifiez le texte avant de publier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: no alt text; write one before posting.</source>
        <translation>{name}&#xa0;: pas de texte alternatif&#xa0;; écrivez-en un avant de publier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text has {n} characters, over the limit of {limit}; shorten it (it is not cut).</source>
        <translation>{name}&#xa0;: le texte alternatif compte {n} caractères, au-delà de la limite de {limit}&#xa0;; raccourcissez-le (il n’est pas coupé).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: the alt text only repeats the caption; describe the picture.</source>
        <translation>{name}&#xa0;: le texte alternatif ne fait que répéter la légende&#xa0;; décrivez l’image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text is a file name; describe the picture.</source>
        <translation>{name}&#xa0;: le texte alternatif est un nom de fichier&#xa0;; décrivez l’image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text is still a suggested draft; finish it and remove the draft marker.</source>
        <translation>{name}&#xa0;: le texte alternatif est encore un brouillon proposé&#xa0;; terminez-le et retirez la marque de brouillon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text is in an unknown language, not in the post&apos;s language.</source>
        <translation>{name}&#xa0;: le texte alternatif est dans une langue inconnue, pas dans celle de la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the alt text is in {language}, not in the post&apos;s language.</source>
        <translation>{name}&#xa0;: le texte alternatif est en {language}, pas dans la langue de la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: no {language} caption in the catalogue; the {other} one is used.</source>
        <translation>{name}&#xa0;: pas de légende en {language} dans le catalogue&#xa0;; celle en {other} est utilisée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the images has a caption: the {platform} post has no text of its own; write one.</source>
        <translation>Aucune des images n’a de légende&#xa0;: la publication {platform} n’a pas de texte propre&#xa0;; écrivez-en un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post text has {n} characters; {platform} allows {limit}. Shorten the caption (nothing is cut).</source>
        <translation>Le texte de la publication compte {n} caractères&#xa0;; {platform} en permet {limit}. Raccourcissez la légende (rien n’est coupé).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} images, but a {platform} post takes at most {limit}: choose {limit} or post them in several posts.</source>
        <translation>{n} images, mais une publication {platform} en accepte au plus {limit}&#xa0;: choisissez-en {limit} ou publiez-les en plusieurs fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: the caption has {n} characters, over {platform}&apos;s post limit of {limit}.</source>
        <translation>{name}&#xa0;: la légende compte {n} caractères, au-delà de la limite de publication de {platform} ({limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is missing (it was not found at the last scan)</source>
        <translation>Le fichier est manquant (il n’a pas été trouvé lors du dernier scan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s folder or drive is offline</source>
        <translation>Le dossier ou le disque du fichier est hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read when it was catalogued</source>
        <translation>Le fichier n’a pas pu être lu lors de son catalogage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is missing (it was not found at the last scan): {why}</source>
        <translation>Le fichier est manquant (il n’a pas été trouvé lors du dernier scan)&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s folder or drive is offline: {why}</source>
        <translation>Le dossier ou le disque du fichier est hors ligne&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read when it was catalogued: {why}</source>
        <translation>Le fichier n’a pas pu être lu lors de son catalogage&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no checksum yet; scan its folder again before exporting it</source>
        <translation>Le fichier n’a pas encore de somme de contrôle&#xa0;; scannez à nouveau son dossier avant de l’exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording is not available</source>
        <translation>L’enregistrement n’est pas disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file is missing</source>
        <translation>Le fichier source est manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file is missing: {name}</source>
        <translation>Le fichier source est manquant&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file cannot be read ({why})</source>
        <translation>Le fichier source ne peut pas être lu ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file cannot be read: {name} ({why})</source>
        <translation>Le fichier source ne peut pas être lu&#xa0;: {name} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo cannot be rendered: {name} ({why})</source>
        <translation>La photo ne peut pas être traitée&#xa0;: {name} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file changed since it was catalogued (size differs)</source>
        <translation>Le fichier source a changé depuis son catalogage (la taille diffère)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source file changed since it was catalogued (hash mismatch): {name}</source>
        <translation>Le fichier source a changé depuis son catalogage (l’empreinte ne correspond pas)&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo could not be rendered: {why}</source>
        <translation>La photo n’a pas pu être produite&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is left out: its slides could not be rewritten without their author names, as {why}. Export it with the originals preset or with all metadata kept.</source>
        <translation>{name} est laissé de côté&#xa0;: ses diapositives n’ont pas pu être réécrites sans les noms de leurs auteurs, car {why}. Exportez-le avec le préréglage des originaux ou en gardant toutes les métadonnées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is left out: its metadata (author names, history, pictures&apos; camera data) could not be removed, as {why}. Export it with the originals preset or with all metadata kept.</source>
        <translation>{name} est laissé de côté&#xa0;: ses métadonnées (noms des auteurs, historique, données d’appareil photo des images) n’ont pas pu être retirées, car {why}. Exportez-le avec le préréglage des originaux ou en gardant toutes les métadonnées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is left out: its metadata (GPS position, device) could not be removed from the recording, as {why}. Export it with the originals preset or with all metadata kept.</source>
        <translation>{name} est laissé de côté&#xa0;: ses métadonnées (position GPS, appareil) n’ont pas pu être retirées de l’enregistrement, car {why}. Exportez-le avec le préréglage des originaux ou en gardant toutes les métadonnées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export target is a file, not a folder: {target}; choose a folder</source>
        <translation>La destination de l’exportation est un fichier, pas un dossier&#xa0;: {target}&#xa0;; choisissez un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target is a file, not a folder: {target}</source>
        <translation>La destination de l’exportation est un fichier, pas un dossier&#xa0;: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target folder does not exist: {target}</source>
        <translation>Le dossier de destination de l’exportation n’existe pas&#xa0;: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target is read-only or not writable: {target}</source>
        <translation>La destination de l’exportation est en lecture seule ou non inscriptible&#xa0;: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target is full: {target}</source>
        <translation>La destination de l’exportation est pleine&#xa0;: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export target disappeared or became unreachable: {target}</source>
        <translation>La destination de l’exportation a disparu ou est devenue inaccessible&#xa0;: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing to the export target failed: {target} ({why})</source>
        <translation>L’écriture vers la destination de l’exportation a échoué&#xa0;: {target} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough free space on the export target {target}: about {n} needed, {limit} free</source>
        <translation>Pas assez d’espace libre sur la destination de l’exportation {target}&#xa0;: il faut environ {n}, {limit} sont libres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An export named {name} with different content already exists in {target}</source>
        <translation>Une exportation nommée {name} au contenu différent existe déjà dans {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: every selected item is held back or unavailable</source>
        <translation>Rien à exporter&#xa0;: chaque élément sélectionné est bloqué ou indisponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: the selection is empty</source>
        <translation>Rien à exporter&#xa0;: la sélection est vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A written file does not verify: {name}</source>
        <translation>Un fichier écrit ne se vérifie pas&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing a name outside the export folder: {name}</source>
        <translation>Un nom hors du dossier d’exportation est refusé&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The written ZIP file does not list the expected files</source>
        <translation>Le fichier ZIP écrit ne contient pas les fichiers attendus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file in the ZIP does not verify: {name}</source>
        <translation>Un fichier du ZIP ne se vérifie pas&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>programme {value}</source>
        <translation>prévu au programme {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts with the recording (the session began before it)</source>
        <translation>commence avec l’enregistrement (la séance a débuté avant lui)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ends with the recording (the session ran on after it)</source>
        <translation>finit avec l’enregistrement (la séance a continué après lui)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} speaker chapters spread evenly (a draft)</source>
        <translation>{n} chapitres d’intervenants répartis régulièrement (un brouillon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start kept at the programme&apos;s time: no change seen within {n} s</source>
        <translation>début gardé à l’heure du programme&#xa0;: aucun changement vu dans un rayon de {n} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end kept at the programme&apos;s time: no change seen within {n} s</source>
        <translation>fin gardée à l’heure du programme&#xa0;: aucun changement vu dans un rayon de {n} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start kept at the programme&apos;s time: {why}</source>
        <translation>début gardé à l’heure du programme&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end kept at the programme&apos;s time: {why}</source>
        <translation>fin gardée à l’heure du programme&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start at {value}: {signals} ({n} s from the programme)</source>
        <translation>début à {value}&#xa0;: {signals} ({n} s par rapport au programme)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end at {value}: {signals} ({n} s from the programme)</source>
        <translation>fin à {value}&#xa0;: {signals} ({n} s par rapport au programme)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded within the session “{name}” ({value}), so it belongs to it whole.</source>
        <translation>Enregistré pendant la séance «&#xa0;{name}&#xa0;» ({value}), donc il lui appartient en entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session of the programme falls between {value} and {limit}.</source>
        <translation>Aucune séance du programme ne tombe entre {value} et {limit}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture time includes the camera clock correction of {n} s.</source>
        <translation>L’heure de prise de vue inclut la correction de l’horloge de l’appareil de {n} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read now: cuts are the programme&apos;s times.</source>
        <translation>Le fichier ne peut pas être lu maintenant&#xa0;: les coupes sont les heures du programme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; nothing was left in the target</source>
        <translation>Annulé&#xa0;; rien n’a été laissé dans la destination</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: start {value} differs from date {other} in {zone}; the date was used</source>
        <translation>{where}&#xa0;: le début {value} diffère de la date {other} dans le fuseau {zone}&#xa0;; la date a été utilisée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: cancelled event {title} skipped</source>
        <translation>{where}&#xa0;: événement annulé {title} ignoré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: all-day event {title} skipped</source>
        <translation>{where}&#xa0;: événement d’une journée entière {title} ignoré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: recurrence of {title} ignored (first one kept)</source>
        <translation>{where}&#xa0;: récurrence de {title} ignorée (la première occurrence est gardée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {title} has no DTEND or DURATION; taken to last {n} minutes</source>
        <translation>{where}&#xa0;: {title} n’a ni DTEND ni DURATION&#xa0;; on lui donne une durée de {n} minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: session {title} lasts zero minutes</source>
        <translation>{where}&#xa0;: la séance {title} dure zéro minute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: repeats the session {title} of {other} exactly; it was kept once</source>
        <translation>{where}&#xa0;: répète exactement la séance {title} de {other}&#xa0;; elle n’a été gardée qu’une fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: session id {value} is also used at {other}; both sessions were kept</source>
        <translation>{where}&#xa0;: l’identifiant de séance {value} est aussi utilisé à {other}&#xa0;; les deux séances ont été gardées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {title} ({value}) overlaps {other} ({limit}) in room {name}</source>
        <translation>{where}&#xa0;: {title} ({value}) chevauche {other} ({limit}) dans la salle {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the file is not UTF-8; read as Windows-1252</source>
        <translation>{where}&#xa0;: le fichier n’est pas en UTF-8&#xa0;; lu comme Windows-1252</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event&apos;s time zone is now {zone}.</source>
        <translation>Le fuseau horaire de l’événement est maintenant {zone}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The programme&apos;s time zone {zone} differs from the event&apos;s {other}; session times are exact either way, the event keeps its zone.</source>
        <translation>Le fuseau horaire du programme, {zone}, diffère de celui de l’événement, {other}&#xa0;; les heures des séances sont exactes dans les deux cas, l’événement garde son fuseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Programme not imported: {why}</source>
        <translation>Programme non importé&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sessions overlap in the same room: {sentences} (and {n} more)</source>
        <translation>des séances se chevauchent dans la même salle&#xa0;: {sentences} (et {n} autres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sessions overlap in the same room: {sentences}</source>
        <translation>des séances se chevauchent dans la même salle&#xa0;: {sentences}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: unknown time zone {value}</source>
        <translation>{where}&#xa0;: fuseau horaire inconnu {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: duration {value} is not HH:MM or H:MM:SS</source>
        <translation>{where}&#xa0;: la durée {value} n’est pas au format HH:MM ou H:MM:SS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: time {value} is not HH:MM</source>
        <translation>{where}&#xa0;: l’heure {value} n’est pas au format HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: date {value} is not YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>{where}&#xa0;: la date {value} n’est pas au format AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: date {value} is not YYYY-MM-DD</source>
        <translation>{where}&#xa0;: la date {value} n’est pas au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {value} does not exist in {zone} (the clocks skip that hour)</source>
        <translation>{where}&#xa0;: {value} n’existe pas dans le fuseau {zone} (les horloges sautent cette heure-là)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {value} is not a yes/no value</source>
        <translation>{where}&#xa0;: {value} n’est pas une valeur oui/non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the session has no title</source>
        <translation>{where}&#xa0;: la séance n’a pas de titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: session {title} ends ({value}) before it starts ({other})</source>
        <translation>{where}&#xa0;: la séance {title} finit ({value}) avant de commencer ({other})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the programme contains no sessions</source>
        <translation>le programme ne contient aucune séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the programme is larger than {n} bytes</source>
        <translation>le programme dépasse {n} octets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The programme file {name} is not a regular file (a device, pipe or socket), so it was not read.</source>
        <translation>Le fichier de programme {name} n’est pas un fichier ordinaire (un périphérique, un tube ou un socket)&#xa0;; il n’a donc pas été lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The programme file {name} is larger than {value}, so it was not read.</source>
        <translation>Le fichier de programme {name} dépasse {value}&#xa0;; il n’a donc pas été lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}&#xa0;: illisible ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte {n}: the JSON file is not UTF-8; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>octet {n}&#xa0;: le fichier JSON n’est pas en UTF-8&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file starts like JSON but is not valid JSON (line {n}, column {value}: {detail}); supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>le fichier commence comme du JSON mais n’est pas du JSON valide (ligne {n}, colonne {value}&#xa0;: {detail})&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is a schedule JSON (version {value}) whose days list no rooms with their events, as the newer schedule v2 JSON does, a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>c’est un JSON de programme (version {value}) dont les jours ne listent pas de salles avec leurs événements, comme le fait le JSON «&#xa0;schedule v2&#xa0;» plus récent, un format que smparchive ne lit pas&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a schedule JSON whose days list no rooms with their events, as the newer schedule v2 JSON does, a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>c’est un JSON de programme dont les jours ne listent pas de salles avec leurs événements, comme le fait le JSON «&#xa0;schedule v2&#xa0;» plus récent, un format que smparchive ne lit pas&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a schedule v2 JSON (talks and rooms listed apart), a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>c’est un JSON «&#xa0;schedule v2&#xa0;» (exposés et salles listés à part), un format que smparchive ne lit pas&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is a Sessionize JSON export, a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>c’est un export JSON de Sessionize, un format que smparchive ne lit pas&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is JSON in an unknown layout (top-level members: {value}), a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>c’est du JSON à la structure inconnue (membres de premier niveau&#xa0;: {value}), un format que smparchive ne lit pas&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is JSON holding a {value}, not a schedule object, a format smparchive does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>c’est du JSON qui contient un {value}, pas un objet de programme, un format que smparchive ne lit pas&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is named as a {fmt} file but its contents are not a programme in that format (damaged or another kind of file?); smparchive reads frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>{name} porte le nom d’un fichier {fmt} mais son contenu n’est pas un programme dans ce format (endommagé ou un autre type de fichier&#xa0;?)&#xa0;; smparchive lit schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a text file, so it is not a programme; smparchive reads frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>{name} n’est pas un fichier texte, ce n’est donc pas un programme&#xa0;; smparchive lit schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byte {n}: the JSON file is not UTF-8</source>
        <translation>octet {n}&#xa0;: le fichier JSON n’est pas en UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid {fmt} at line {n}, column {value}: {detail}</source>
        <translation>le fichier n’est pas du {fmt} valide à la ligne {n}, colonne {value}&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected an object with a &apos;schedule&apos; member</source>
        <translation>{where}&#xa0;: un objet avec un membre «&#xa0;schedule&#xa0;» était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected a list of events</source>
        <translation>{where}&#xa0;: une liste d’événements était attendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected an object</source>
        <translation>{where}&#xa0;: un objet était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected a list</source>
        <translation>{where}&#xa0;: une liste était attendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected text</source>
        <translation>{where}&#xa0;: du texte était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: expected a number</source>
        <translation>{where}&#xa0;: un nombre était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {value} is not ISO 8601</source>
        <translation>{where}&#xa0;: {value} n’est pas au format ISO 8601</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the programme names no time zone and none was given</source>
        <translation>{where}&#xa0;: le programme n’indique pas de fuseau horaire et aucun n’a été donné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: XML with DOCTYPE or ENTITY declarations is refused (entity expansion risk)</source>
        <translation>{where}&#xa0;: un XML avec des déclarations DOCTYPE ou ENTITY est refusé (risque d’expansion d’entités)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the root element must be &lt;schedule&gt;</source>
        <translation>{where}&#xa0;: l’élément racine doit être &lt;schedule&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: missing date attribute</source>
        <translation>{where}&#xa0;: l’attribut date manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a CSV programme has no time zone: give a default time zone</source>
        <translation>un programme CSV n’a pas de fuseau horaire&#xa0;: donnez un fuseau par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CSV file is empty</source>
        <translation>le fichier CSV est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is not a programme in a supported format: read as CSV, its first line has no known column ({value}); supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>ce n’est pas un programme dans un format pris en charge&#xa0;: lue comme du CSV, sa première ligne n’a aucune colonne connue ({value})&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not a programme in a supported format: read as CSV, its first line has no known column; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row</source>
        <translation>ce n’est pas un programme dans un format pris en charge&#xa0;: lue comme du CSV, sa première ligne n’a aucune colonne connue&#xa0;; sont lus&#xa0;: schedule.json et schedule.xml de frab/pretalx, iCalendar (.ics) et CSV avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: the date is empty</source>
        <translation>{where}&#xa0;: la date est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the start is empty</source>
        <translation>{where}&#xa0;: le début est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the title is empty</source>
        <translation>{where}&#xa0;: le titre est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: neither end nor duration is given</source>
        <translation>{where}&#xa0;: ni la fin ni la durée ne sont données</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the calendar names no time zone (no X-WR-TIMEZONE or TZID) and none was given</source>
        <translation>le calendrier n’indique pas de fuseau horaire (ni X-WR-TIMEZONE ni TZID) et aucun n’a été donné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {name} is not an iCalendar date or time such as 20220601T093000: {value}</source>
        <translation>{where}&#xa0;: {name} n’est pas une date ou une heure iCalendar comme 20220601T093000&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {name} is not a duration such as PT1H30M: {value}</source>
        <translation>{where}&#xa0;: {name} n’est pas une durée comme PT1H30M&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a valid iCalendar file: the line {value} is not in the form NAME:value</source>
        <translation>pas un fichier iCalendar valide&#xa0;: la ligne {value} n’a pas la forme NOM:valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: invalid {name}</source>
        <translation>{where}&#xa0;: {name} invalide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: DTEND is a date but DTSTART a date-time</source>
        <translation>{where}&#xa0;: DTEND est une date mais DTSTART une date et heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {name} is a floating time (no zone); give a default time zone</source>
        <translation>{where}&#xa0;: {name} est une heure flottante (sans fuseau)&#xa0;; donnez un fuseau par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: missing {name}</source>
        <translation>{where}&#xa0;: {name} manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: missing</source>
        <translation>{where}&#xa0;: manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} cannot be empty.</source>
        <translation>{subject} ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} cannot contain {fields}; type it on one line, without it.</source>
        <translation>{subject} ne peut pas contenir {fields}&#xa0;; saisissez-le sur une seule ligne, sans ce caractère.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} cannot contain the control character {value}; type it on one line, without it.</source>
        <translation>{subject} ne peut pas contenir le caractère de contrôle {value}&#xa0;; saisissez-le sur une seule ligne, sans ce caractère.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item with id {value}.</source>
        <translation>Aucun élément avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session with id {value}.</source>
        <translation>Aucune séance avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No segment with id {value}.</source>
        <translation>Aucun segment avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event with id {value}.</source>
        <translation>Aucun événement avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No day with id {value}.</source>
        <translation>Aucun jour avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tag with id {value}.</source>
        <translation>Aucun mot-clé avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No collection with id {value}.</source>
        <translation>Aucune collection avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No export with id {value}.</source>
        <translation>Aucun export avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No person with id {value}.</source>
        <translation>Aucune personne avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalogued folder with id {value}.</source>
        <translation>Aucun dossier catalogué avec l’identifiant {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event in the catalogue yet: create one (&apos;event --title ...&apos;) or import a programme first.</source>
        <translation>Le catalogue n’a encore aucun événement&#xa0;: créez-en un (&apos;event --title ...&apos;) ou importez d’abord un programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No collection named &apos;{name}&apos;.</source>
        <translation>Aucune collection nommée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{name}&apos; is a smart collection: its items follow its query ({value}).</source>
        <translation>«&#xa0;{name}&#xa0;» est une collection intelligente&#xa0;: ses éléments suivent sa recherche ({value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>Une collection nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A smart collection&apos;s items come from its query.</source>
        <translation>Les éléments d’une collection intelligente viennent de sa recherche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A smart collection needs a query (delete it instead).</source>
        <translation>Une collection intelligente a besoin d’une recherche (supprimez-la plutôt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{name}&apos; is a curated collection, not a saved search.</source>
        <translation>«&#xa0;{name}&#xa0;» est une collection composée à la main, pas une recherche enregistrée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No catalogued folder matches &apos;{value}&apos;.</source>
        <translation>Aucun dossier catalogué ne correspond à «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} does not exist.</source>
        <translation>{target} n’existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not a folder.</source>
        <translation>{target} n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue&apos;s own cache folder cannot be catalogued.</source>
        <translation>Le dossier de cache du catalogue lui-même ne peut pas être catalogué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} overlaps the catalogued folder {other}; add one or the other.</source>
        <translation>{target} chevauche le dossier catalogué {other}&#xa0;; ajoutez l’un ou l’autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not a folder smparchive can write to.</source>
        <translation>{target} n’est pas un dossier où smparchive peut écrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not a folder this computer can see.</source>
        <translation>{target} n’est pas un dossier que cet ordinateur voit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} does not hold this folder&apos;s files (none of {n} catalogued files is there); check the path.</source>
        <translation>{target} ne contient pas les fichiers de ce dossier (aucun des {n} fichiers catalogués n’y est)&#xa0;; vérifiez le chemin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a {value} tag &apos;{name}&apos; there.</source>
        <translation>Il y a déjà un mot-clé {value} «&#xa0;{name}&#xa0;» à cet endroit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tag name cannot be empty or contain &apos;|&apos;.</source>
        <translation>Un nom de mot-clé ne peut pas être vide ni contenir «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A handle needs a platform, and has no spaces.</source>
        <translation>Un identifiant de compte a besoin d’une plateforme et ne contient pas d’espaces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag {value} is not a person.</source>
        <translation>Le mot-clé {value} n’est pas une personne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag &apos;{name}&apos; could not be created; try again.</source>
        <translation>Le mot-clé «&#xa0;{name}&#xa0;» n’a pas pu être créé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} must be a whole number from {value} to {limit}.</source>
        <translation>{subject} doit être un nombre entier de {value} à {limit}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} must be from {value} to {limit}.</source>
        <translation>{subject} doit aller de {value} à {limit}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} must be one of: {other}.</source>
        <translation>{subject} doit être l’une de ces valeurs&#xa0;: {other}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A focus point coordinate must be between 0 and 1.</source>
        <translation>Une coordonnée du point focal doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A session cannot end before it starts.</source>
        <translation>Une séance ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room &apos;{name}&apos; is already taken by &apos;{title}&apos; ({value}-{limit}).</source>
        <translation>La salle «&#xa0;{name}&#xa0;» est déjà prise par «&#xa0;{title}&#xa0;» ({value}-{limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event needs a title.</source>
        <translation>Un événement a besoin d’un titre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{language}&apos; is not a language code for the programme&apos;s texts (such as en, fr or pt-BR).</source>
        <translation>«&#xa0;{language}&#xa0;» n’est pas un code de langue pour les textes du programme (comme en, fr ou pt-BR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{language}&apos; is the programme&apos;s own language: change the text itself, not a translation.</source>
        <translation>«&#xa0;{language}&#xa0;» est la langue du programme lui-même&#xa0;: modifiez le texte lui-même, pas une traduction.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment&apos;s start and end must be numbers of seconds.</source>
        <translation>Le début et la fin d’un segment doivent être des nombres de secondes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment cannot start before its recording.</source>
        <translation>Un segment ne peut pas commencer avant son enregistrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment must end after it starts ({value} s to {limit} s).</source>
        <translation>Un segment doit finir après son début ({value} s à {limit} s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The segment ends at {value} s, after the end of its recording ({limit} s).</source>
        <translation>Le segment finit à {value} s, après la fin de son enregistrement ({limit} s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment needs a title.</source>
        <translation>Un segment a besoin d’un titre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {value} is not a recording: only videos and audio hold segments.</source>
        <translation>L’élément {value} n’est pas un enregistrement&#xa0;: seuls les vidéos et les sons ont des segments.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {value} ({name}) is not a recording.</source>
        <translation>L’élément {value} ({name}) n’est pas un enregistrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapter &apos;{title}&apos; at {n} s lies outside its segment ({value} s to {limit} s).</source>
        <translation>Le chapitre «&#xa0;{title}&#xa0;» à {n} s est hors de son segment ({value} s à {limit} s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{language}&apos; is not a language code for captions (such as en, fr or pt-BR).</source>
        <translation>«&#xa0;{language}&#xa0;» n’est pas un code de langue pour des sous-titres (comme en, fr ou pt-BR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions are timed from the segment or the recording.</source>
        <translation>Les sous-titres sont minutés à partir du segment ou de l’enregistrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions must be checked WebVTT text.</source>
        <translation>Les sous-titres doivent être du texte WebVTT vérifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment {value} has no captions in &apos;{language}&apos;.</source>
        <translation>Le segment {value} n’a pas de sous-titres en «&#xa0;{language}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a number of days or entries of 0 or more (0: no limit).</source>
        <translation>Gardez un nombre de jours ou d’entrées de 0 ou plus (0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown time zone &apos;{zone}&apos;: use an IANA name such as Europe/Brussels.</source>
        <translation>Fuseau horaire inconnu «&#xa0;{zone}&#xa0;»&#xa0;: utilisez un nom IANA comme Europe/Brussels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a clock offset (e.g. +1h, -30m, +0:45, 3600).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un décalage d’horloge (par ex. +1h, -30m, +0:45, 3600).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a date and time (YYYY-MM-DD HH:MM[:SS], optionally with +HH:MM).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date et heure (AAAA-MM-JJ HH:MM[:SS], éventuellement avec +HH:MM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The known moment needs a time zone (or give it in the event zone).</source>
        <translation>Le moment connu a besoin d’un fuseau horaire (ou donnez-le dans le fuseau de l’événement).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {value} has no capture time to pin.</source>
        <translation>L’élément {value} n’a pas d’heure de prise de vue à fixer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {value} takes its time from an XMP sidecar, not from the camera&apos;s clock: pin another item of this camera.</source>
        <translation>L’élément {value} tient son heure d’un fichier XMP annexe, pas de l’horloge de l’appareil&#xa0;: épinglez un autre élément de cet appareil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No camera matches &apos;{value}&apos;.</source>
        <translation>Aucun appareil ne correspond à «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items with no camera make or model share no clock (documents, scans, files dated by their file): correct a camera by its make and model.</source>
        <translation>Les éléments sans marque ni modèle d’appareil ne partagent aucune horloge (documents, numérisations, fichiers datés par leur fichier)&#xa0;: corrigez un appareil par sa marque et son modèle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No faces to name.</source>
        <translation>Aucun visage à nommer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No person &apos;{name}&apos; in this catalogue.</source>
        <translation>Pas de personne «&#xa0;{name}&#xa0;» dans ce catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unknown person {value}.</source>
        <translation>Pas de personne inconnue {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No day {value} in the catalogue&apos;s programme.</source>
        <translation>Pas de jour {value} dans le programme du catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is neither a day id nor a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est ni un identifiant de jour ni une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF is encrypted: it needs a password, so its pages cannot be shown.</source>
        <translation>Le PDF est chiffré&#xa0;: il demande un mot de passe, ses pages ne peuvent donc pas être affichées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not a readable PDF ({why}).</source>
        <translation>Le fichier n’est pas un PDF lisible ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF cannot be read ({why}).</source>
        <translation>Le PDF ne peut pas être lu ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {n} does not exist (the PDF has {limit}).</source>
        <translation>La page {n} n’existe pas (le PDF en a {limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF was closed.</source>
        <translation>Le PDF a été fermé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {n} has no size.</source>
        <translation>La page {n} n’a pas de taille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {n} cannot be rendered ({why}).</source>
        <translation>La page {n} ne peut pas être rendue ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slides of a {fmt} file cannot be read.</source>
        <translation>Les diapositives d’un fichier {fmt} ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ODP package has no content.xml: there are no slides to read.</source>
        <translation>Le paquet ODP n’a pas de content.xml&#xa0;: il n’y a aucune diapositive à lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice is not installed, so the slides cannot be rendered.</source>
        <translation>LibreOffice n’est pas installé, les diapositives ne peuvent donc pas être rendues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice did not finish converting the deck within {n} s.</source>
        <translation>LibreOffice n’a pas fini de convertir la présentation en {n} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice could not convert the deck to PDF ({detail}).</source>
        <translation>LibreOffice n’a pas pu convertir la présentation en PDF ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice could not convert the deck to PDF.</source>
        <translation>LibreOffice n’a pas pu convertir la présentation en PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No frame decodes at {value} s.</source>
        <translation>Aucune image ne se décode à {value} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame at {value} s cannot be decoded ({why}).</source>
        <translation>L’image à {value} s ne peut pas être décodée ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>collection {value} &apos;{name}&apos;</source>
        <translation>collection {value} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session {value} &apos;{title}&apos;</source>
        <translation>séance {value} «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day {value}</source>
        <translation>jour {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segments {value}</source>
        <translation>segments nº {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search &apos;{value}&apos;</source>
        <translation>recherche «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>items {value}</source>
        <translation>éléments {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} held back</source>
        <translation>{n} bloqué(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} published by override</source>
        <translation>{n} publié(s) par dérogation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} with problems</source>
        <translation>{n} avec des problèmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running ({name}). Try again when it has finished.</source>
        <translation>Un autre scan de ce catalogue est en cours ({name}). Réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running. Try again when it has finished.</source>
        <translation>Un autre scan de ce catalogue est en cours. Réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running ({name}). Waiting for it to finish ...</source>
        <translation>Un autre scan de ce catalogue est en cours ({name}). En attente de sa fin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running. Waiting for it to finish ...</source>
        <translation>Un autre scan de ce catalogue est en cours. En attente de sa fin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running ({name}). Stopped waiting for it.</source>
        <translation>Un autre scan de ce catalogue est en cours ({name}). L’attente a été arrêtée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another scan of this catalogue is running. Stopped waiting for it.</source>
        <translation>Un autre scan de ce catalogue est en cours. L’attente a été arrêtée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process {pid} on {host}, since {since}</source>
        <translation>processus {pid} sur {host}, depuis le {since}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process {pid} on {host}</source>
        <translation>processus {pid} sur {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in this program</source>
        <translation>dans ce programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the catalogue database: the password was refused (check the user name and ~/.pgpass).</source>
        <translation>Connexion impossible à la base de données du catalogue&#xa0;: le mot de passe a été refusé (vérifiez le nom d’utilisateur et ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the catalogue database: the server wants a password; put it in ~/.pgpass (or PGPASSFILE) rather than in the URL.</source>
        <translation>Connexion impossible à la base de données du catalogue&#xa0;: le serveur demande un mot de passe&#xa0;; mettez-le dans ~/.pgpass (ou PGPASSFILE) plutôt que dans l’URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the catalogue database: the server does not know this user (role).</source>
        <translation>Connexion impossible à la base de données du catalogue&#xa0;: le serveur ne connaît pas cet utilisateur (rôle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the catalogue database: that database does not exist on the server (create it with createdb).</source>
        <translation>Connexion impossible à la base de données du catalogue&#xa0;: cette base n’existe pas sur le serveur (créez-la avec createdb).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access denied by the catalogue database: this user lacks the privileges needed (no usable schema; the catalogue&apos;s owner can GRANT USAGE and the table rights).</source>
        <translation>Accès refusé par la base de données du catalogue&#xa0;: cet utilisateur n’a pas les droits nécessaires (aucun schéma utilisable&#xa0;; le propriétaire du catalogue peut accorder GRANT USAGE et les droits sur les tables).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access denied by the catalogue database: this user lacks the privileges needed ({detail}).</source>
        <translation>Accès refusé par la base de données du catalogue&#xa0;: cet utilisateur n’a pas les droits nécessaires ({detail}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue database stopped answering in the middle of the command (a frozen server, host or network); the command was stopped and nothing of it was saved (SMPARCHIVE_STATEMENT_TIMEOUT sets how long to wait).</source>
        <translation>La base de données du catalogue a cessé de répondre au milieu de la commande (serveur, hôte ou réseau figé)&#xa0;; la commande a été arrêtée et rien n’en a été enregistré (SMPARCHIVE_STATEMENT_TIMEOUT fixe la durée d’attente).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the catalogue database: the server did not answer in time (a frozen server or host, or a firewall); the timeout is set with SMPARCHIVE_CONNECT_TIMEOUT.</source>
        <translation>La base de données du catalogue est injoignable&#xa0;: le serveur n’a pas répondu à temps (serveur ou hôte figé, ou pare-feu)&#xa0;; le délai se règle avec SMPARCHIVE_CONNECT_TIMEOUT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue database took too long to answer and the command was stopped (SMPARCHIVE_STATEMENT_TIMEOUT sets the limit).</source>
        <translation>La base de données du catalogue a mis trop de temps à répondre et la commande a été arrêtée (SMPARCHIVE_STATEMENT_TIMEOUT fixe la limite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the catalogue database: the server&apos;s host name is unknown.</source>
        <translation>Connexion impossible à la base de données du catalogue&#xa0;: le nom d’hôte du serveur est inconnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was undone: {why}</source>
        <translation>Rien n’a été annulé&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was redone: {why}</source>
        <translation>Rien n’a été rétabli&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} changed the {field} of {item} at {at}, after your change. Undoing your change would replace their value.</source>
        <translation>{user} a modifié le champ «&#xa0;{field}&#xa0;» de {item} le {at}, après votre modification. Annuler votre modification remplacerait sa valeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} changed the {field} of {item} at {at}, after your change. Redoing your change would replace their value.</source>
        <translation>{user} a modifié le champ «&#xa0;{field}&#xa0;» de {item} le {at}, après votre modification. Rétablir votre modification remplacerait sa valeur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{user} made the same change while yours was undone, so it stays as it is, theirs; change the item by hand if it should differ. This step is no longer in your redo list.</source>
        <translation>{user} a fait la même modification pendant que la vôtre était annulée, elle reste donc telle quelle, la sienne&#xa0;; modifiez l’élément à la main s’il doit être différent. Cette étape ne figure plus dans votre liste de rétablissement.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{why} The database is {database} on {server}.</source>
        <translation>{why} La base de données est {database} sur {server}.</translation>
    </message>
    <message>
        <location line="+354"/>
        <source>the share holding it does not let it be read in place, and at more than 256 MB it is too large to load into memory; copy it to a local drive</source>
        <translation>le partage qui le contient ne permet pas de le lire sur place et, à plus de 256&#xa0;Mo, il est trop grand pour être lu en mémoire&#xa0;; copiez-le sur un disque local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a picture in it is larger than 32 MB, the most read to clean one</source>
        <translation>une image du document dépasse 32&#xa0;Mo, le plus qui soit lu pour en nettoyer une</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 failed.</source>
        <translation>%1 a échoué.</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>{user} has since merged, renamed or removed what your change made, so none of it is left to take back; change the item by hand if it should differ.</source>
        <translation>{user} a depuis fusionné, renommé ou supprimé ce que votre modification avait fait, il n’en reste donc rien à reprendre&#xa0;; modifiez l’élément à la main s’il doit être différent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} had made the same change just before you, so it stays as it is; change the item by hand if it should differ. This step is no longer in your undo history.</source>
        <translation>{user} avait fait la même modification juste avant vous, elle reste donc telle quelle&#xa0;; modifiez l’élément à la main s’il doit être différent. Cette étape ne figure plus dans votre historique d’annulation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a teammate has since merged, renamed or removed what your change made, so none of it is left to take back; change the item by hand if it should differ.</source>
        <translation>un membre de l’équipe a depuis fusionné, renommé ou supprimé ce que votre modification avait fait, il n’en reste donc rien à reprendre&#xa0;; modifiez l’élément à la main s’il doit être différent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a teammate had made the same change just before you, so it stays as it is; change the item by hand if it should differ. This step is no longer in your undo history.</source>
        <translation>un membre de l’équipe avait fait la même modification juste avant vous, elle reste donc telle quelle&#xa0;; modifiez l’élément à la main s’il doit être différent. Cette étape ne figure plus dans votre historique d’annulation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what this step changed is no longer in the catalogue (its folder or its items were removed from it since). This step is no longer in your undo history.</source>
        <translation>ce que cette étape a modifié n’est plus dans le catalogue (son dossier ou ses éléments en ont été retirés depuis). Cette étape ne figure plus dans votre historique d’annulation.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{target} already exists: a new catalogue never replaces it. Open it, or choose another name.</source>
        <translation>{target} existe déjà&#xa0;: un nouveau catalogue ne le remplace jamais. Ouvrez-le, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create a catalogue in {target}: the folder is no longer there (a disk or a network share may have been disconnected).</source>
        <translation>Impossible de créer un catalogue dans {target}&#xa0;: le dossier n’est plus là (un disque ou un partage réseau a peut-être été déconnecté).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create a catalogue in {target}: {why}.</source>
        <translation>Impossible de créer un catalogue dans {target}&#xa0;: {why}.</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>the folder is no longer there</source>
        <translation>le dossier n’est plus là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is no longer there</source>
        <translation>il n’est plus là</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its symbolic links lead round in a loop</source>
        <translation>ses liens symboliques tournent en boucle</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-571"/>
        <source>Cannot connect to the catalogue database: no server answers at that address (is it running?).</source>
        <translation>Connexion impossible à la base de données du catalogue&#xa0;: aucun serveur ne répond à cette adresse (est-il démarré&#xa0;?).</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{user} made the same change at {at}, after you, so it stays as it is; change the item by hand if it should differ. This step is no longer in your undo history.</source>
        <translation>{user} a fait la même modification le {at}, après vous, elle reste donc telle quelle&#xa0;; modifiez l’élément à la main s’il doit être différent. Cette étape ne figure plus dans votre historique d’annulation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} made the same change to the {field} of {item} at {at}, after you, so that stays as it is.</source>
        <translation>{user} a fait la même modification du champ «&#xa0;{field}&#xa0;» de {item} le {at}, après vous, elle reste donc telle quelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} made the same change to the {field} at {at}, after you, so that stays as it is.</source>
        <translation>{user} a fait la même modification du champ «&#xa0;{field}&#xa0;» le {at}, après vous, elle reste donc telle quelle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The connection to the catalogue database was lost during the command (the server stopped or restarted); nothing of it was saved unless reported, try again.</source>
        <translation>La connexion à la base de données du catalogue a été perdue pendant la commande (le serveur s’est arrêté ou a redémarré)&#xa0;; rien n’en a été enregistré sauf mention contraire, réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue is busy or locked by another program; try again in a moment.</source>
        <translation>Le catalogue est occupé ou verrouillé par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue is read-only; smparchive needs write access to change it.</source>
        <translation>Le catalogue est en lecture seule&#xa0;; smparchive a besoin d’y écrire pour le modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue could not be written ({detail}); check the disk.</source>
        <translation>Le catalogue n’a pas pu être écrit ({detail})&#xa0;; vérifiez le disque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue stayed busy with other people&apos;s changes ({n} attempts); this change was not saved, try it again.</source>
        <translation>Le catalogue est resté occupé par les modifications d’autres personnes ({n} tentatives)&#xa0;; cette modification n’a pas été enregistrée, réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catalogue error: {detail}</source>
        <translation>Erreur du catalogue&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{target} is a folder, not a catalogue file.</source>
        <translation>{target} est un dossier, pas un fichier de catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalogue at {target}; create one with &apos;smparchive init&apos;.</source>
        <translation>Il n’y a pas de catalogue à l’emplacement {target}&#xa0;; créez-en un avec «&#xa0;smparchive init&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder {target}: {detail}.</source>
        <translation>Impossible de créer le dossier {target}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create a catalogue in {target}: the folder is read-only.</source>
        <translation>Impossible de créer un catalogue dans {target}&#xa0;: le dossier est en lecture seule.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read {target}: {detail}.</source>
        <translation>Impossible de lire {target}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open {target}: {detail}</source>
        <translation>Impossible d’ouvrir {target}&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is an empty file, not an smparchive catalogue.</source>
        <translation>{target} est un fichier vide, pas un catalogue smparchive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not an smparchive catalogue (not a SQLite database).</source>
        <translation>{target} n’est pas un catalogue smparchive (ce n’est pas une base SQLite).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is not an smparchive catalogue (a different database).</source>
        <translation>{target} n’est pas un catalogue smparchive (c’est une autre base de données).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is not an smparchive catalogue.</source>
        <translation>Cette base de données n’est pas un catalogue smparchive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is read-only (the file or its folder): smparchive needs write access to keep its catalogue.</source>
        <translation>{target} est en lecture seule (le fichier ou son dossier)&#xa0;: smparchive doit pouvoir y écrire pour tenir son catalogue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{target} is damaged: its SQLite header is incomplete.</source>
        <translation>{target} est endommagé&#xa0;: son en-tête SQLite est incomplet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is damaged: its SQLite header is not valid.</source>
        <translation>{target} est endommagé&#xa0;: son en-tête SQLite n’est pas valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} is damaged and cannot be read; restore it from a backup (a folder beside it ending in .backups may hold recent copies).</source>
        <translation>{target} est endommagé et illisible&#xa0;; restaurez-le depuis une sauvegarde (un dossier voisin se terminant par .backups peut contenir des copies récentes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{target} is locked by another program; close it there and try again.</source>
        <translation>{target} est verrouillé par un autre programme&#xa0;; fermez-le dans celui-ci et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} was made by a newer smparchive (schema {value}); update smparchive to open it.</source>
        <translation>{target} a été créé par une version plus récente de smparchive (schéma {value})&#xa0;; mettez smparchive à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This catalogue was made by a newer smparchive (schema {value}); update smparchive to open it.</source>
        <translation>Ce catalogue a été créé par une version plus récente de smparchive (schéma {value})&#xa0;; mettez smparchive à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This catalogue was upgraded by smparchive {version} or later (schema {value}); you have smparchive {mine}: update it to open the catalogue.</source>
        <translation>Ce catalogue a été mis à niveau par smparchive {version} ou plus récent (schéma {value})&#xa0;; vous avez smparchive {mine}&#xa0;: mettez-le à jour pour ouvrir le catalogue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This catalogue was upgraded by a newer smparchive (schema {value}); you have smparchive {mine}: update it to open the catalogue.</source>
        <translation>Ce catalogue a été mis à niveau par une version plus récente de smparchive (schéma {value})&#xa0;; vous avez smparchive {mine}&#xa0;: mettez-le à jour pour ouvrir le catalogue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrading {target} from schema {value} failed ({detail}); the catalogue was left as it was.</source>
        <translation>La mise à niveau de {target} depuis le schéma {value} a échoué ({detail})&#xa0;; le catalogue est resté tel qu’il était.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrading the catalogue from schema {value} failed ({detail}); it was left as it was.</source>
        <translation>La mise à niveau du catalogue depuis le schéma {value} a échoué ({detail})&#xa0;; il est resté tel qu’il était.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrading the team catalogue from schema {value} failed ({detail}); it was left as it was.</source>
        <translation>La mise à niveau du catalogue d’équipe depuis le schéma {value} a échoué ({detail})&#xa0;; il est resté tel qu’il était.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team catalogue needs an upgrade (schema {value} to {other}) and smparchive backs it up first, which failed: {why} Then set {name}=1 to upgrade.</source>
        <translation>Le catalogue d’équipe doit être mis à niveau (du schéma {value} au {other}) et smparchive le sauvegarde d’abord, ce qui a échoué&#xa0;: {why} Définissez alors {name}=1 pour le mettre à niveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup (pg_dump) failed: {detail}</source>
        <translation>La sauvegarde (pg_dump) a échoué&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restore (pg_restore) failed: {detail}</source>
        <translation>La restauration (pg_restore) a échoué&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_dump is not installed (Debian: postgresql-client); back the database up with: pg_dump -Fc -f smparchive.dump &apos;{target}&apos;</source>
        <translation>pg_dump n’est pas installé (Debian&#xa0;: postgresql-client)&#xa0;; sauvegardez la base avec&#xa0;: pg_dump -Fc -f smparchive.dump &apos;{target}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pg_restore is not installed (Debian: postgresql-client).</source>
        <translation>pg_restore n’est pas installé (Debian&#xa0;: postgresql-client).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} already exists; choose another name.</source>
        <translation>{target} existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the search at &apos;{value}&apos;.</source>
        <translation>Impossible de lire la recherche à «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unbalanced quote in &apos;{value}&apos;.</source>
        <translation>Guillemet non refermé dans «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown search facet &apos;{name}&apos; in &apos;{value}&apos; (known: {other}).</source>
        <translation>Critère de recherche inconnu «&#xa0;{name}&#xa0;» dans «&#xa0;{value}&#xa0;» (connus&#xa0;: {other}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; needs a value.</source>
        <translation>«&#xa0;{value}&#xa0;» demande une valeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved searches refer to each other too deeply (in:... loop?).</source>
        <translation>Les recherches enregistrées se renvoient l’une à l’autre trop profondément (boucle in:…&#xa0;?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown sort in &apos;{value}&apos; (use {other}).</source>
        <translation>Tri inconnu dans «&#xa0;{value}&#xa0;» (utilisez {other}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session matches &apos;{name}&apos; in &apos;{value}&apos;.</source>
        <translation>Aucune séance ne correspond à «&#xa0;{name}&#xa0;» dans «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No person &apos;{name}&apos; in &apos;{value}&apos;.</source>
        <translation>Pas de personne «&#xa0;{name}&#xa0;» dans «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tag &apos;{name}&apos; in &apos;{value}&apos;.</source>
        <translation>Pas de mot-clé «&#xa0;{name}&#xa0;» dans «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: use {name}:value.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: utilisez {name}:valeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: faces must be 0, 1 or 2+.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: faces vaut 0, 1 ou 2+.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: {name} cannot be searched.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: {name} ne peut pas être recherché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: {name} must be one of {other}.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: {name} doit être l’un de {other}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: {name} takes {other}, or a status or kind.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: {name} accepte {other}, ou un état ou un type.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos;: the rating must be a number from 0 to 5.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: la note doit être un nombre de 0 à 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: the rating must be from 0 to 5.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: la note doit aller de 0 à 5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos;: give a day number, a date YYYY-MM-DD or a label.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: indiquez un numéro de jour, une date AAAA-MM-JJ ou un libellé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: no programme day on {name}.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: aucun jour du programme le {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: &apos;{name}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: «&#xa0;{name}&#xa0;» n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: give a date range such as 2022-06-01..2022-06-02.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: indiquez une période comme 2022-06-01..2022-06-02.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos;: {why}</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {why}</source>
        <translation>fichier {name}&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed name template {value}: {why}</source>
        <translation>Modèle de nom mal formé {value}&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the drive holding the original is offline; nothing was written beside it</source>
        <translation>le disque qui contient l’original est hors ligne&#xa0;; rien n’a été écrit à côté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the original file is missing; a sidecar beside it would be orphaned</source>
        <translation>le fichier original est manquant&#xa0;; un fichier annexe à côté serait orphelin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this catalogue has no folder to mirror sidecars into; give one</source>
        <translation>ce catalogue n’a pas de dossier où refléter les fichiers annexes&#xa0;; indiquez-en un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read it: {why}</source>
        <translation>impossible de le lire&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no metadata to write</source>
        <translation>aucune métadonnée à écrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an existing sidecar written by another program was left alone (refuse mode)</source>
        <translation>un fichier annexe existant écrit par un autre programme a été laissé tel quel (mode refus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the existing sidecar is not usable XMP ({why}); it was left alone</source>
        <translation>le fichier annexe existant n’est pas un XMP utilisable ({why})&#xa0;; il a été laissé tel quel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write it: {why}</source>
        <translation>impossible de l’écrire&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no mirrored sidecar, and the drive holding the original is offline</source>
        <translation>pas de fichier annexe reflété, et le disque qui contient l’original est hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sidecar found</source>
        <translation>aucun fichier annexe trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sidecar cannot be read ({why})</source>
        <translation>le fichier annexe ne peut pas être lu ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alt text</source>
        <translation>texte alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scene cut</source>
        <translation>changement de plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of silence</source>
        <translation>fin d’un silence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start of silence</source>
        <translation>début d’un silence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of black</source>
        <translation>fin d’un noir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start of black</source>
        <translation>début d’un noir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag</source>
        <translation>Un mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session title</source>
        <translation>Un titre de séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collection name</source>
        <translation>Un nom de collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>La note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Le drapeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour label</source>
        <translation>L’étiquette de couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent status</source>
        <translation>Le statut du consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction</source>
        <translation>La restriction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUL</source>
        <translation>le caractère NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is no longer there</source>
        <translation>le fichier n’est plus là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder is no longer there</source>
        <translation>son dossier n’est plus là</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access to it is denied</source>
        <translation>son accès est refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive reported a read error</source>
        <translation>le disque a signalé une erreur de lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name is longer than the system allows</source>
        <translation>son nom est plus long que ce que le système permet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device holding it is not available</source>
        <translation>l’appareil qui le contient n’est pas disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network share holding it stopped answering</source>
        <translation>le partage réseau qui le contient ne répond plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive or share holding it stopped answering</source>
        <translation>le disque ou le partage qui le contient ne répond plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk quota is used up</source>
        <translation>le quota disque est épuisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive holding it is not attached</source>
        <translation>le disque qui le contient n’est pas branché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it claims to be so large that opening it could exhaust the memory</source>
        <translation>il se dit si grand que l’ouvrir pourrait épuiser la mémoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is protected by a password</source>
        <translation>il est protégé par un mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is cut short, perhaps an incomplete copy or download</source>
        <translation>le fichier est tronqué, peut-être une copie ou un téléchargement incomplet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its structure is damaged</source>
        <translation>sa structure est endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its contents are damaged or not in the format its name says</source>
        <translation>son contenu est endommagé ou n’est pas au format qu’indique son nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading it needs more memory than is allowed</source>
        <translation>le lire demande plus de mémoire que permis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it uses an encoding that is not supported</source>
        <translation>il utilise un encodage non pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it may be damaged</source>
        <translation>le fichier est peut-être endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture holds camera metadata but is damaged before its image data</source>
        <translation>une image contient des données de l’appareil photo mais est endommagée avant ses données d’image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a picture in it does not follow its format, so its metadata cannot be removed</source>
        <translation>une image du document ne respecte pas son format, ses métadonnées ne peuvent donc pas être retirées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sound or video in it cannot be rewritten without its metadata, such as a GPS position or the device</source>
        <translation>un son ou une vidéo du document ne peut pas être réécrit sans ses métadonnées, comme une position GPS ou l’appareil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an object is embedded in it in a form whose author names cannot be removed; replace the object with a picture of it</source>
        <translation>un objet y est incorporé sous une forme dont les noms d’auteurs ne peuvent pas être retirés&#xa0;; remplacez l’objet par une image de celui-ci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a comma is missing between two entries</source>
        <translation>une virgule manque entre deux entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon is missing after a name</source>
        <translation>un deux-points manque après un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name is not in double quotes, or a comma comes before a closing brace</source>
        <translation>un nom n’est pas entre guillemets droits, ou une virgule précède une accolade fermante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value is missing or is not a JSON value</source>
        <translation>une valeur manque ou n’est pas une valeur JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text is not closed with a double quote</source>
        <translation>un texte n’est pas fermé par un guillemet droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something follows the end of the data</source>
        <translation>quelque chose suit la fin des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text holds a line break or another control character</source>
        <translation>un texte contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backslash sequence in a text is not valid</source>
        <translation>une séquence avec barre oblique inverse n’est pas valide dans un texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma comes before a closing bracket</source>
        <translation>une virgule précède un crochet fermant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a closing tag does not match its opening tag</source>
        <translation>une balise fermante ne correspond pas à sa balise ouvrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character is not allowed there, such as an unescaped &amp; or &lt;</source>
        <translation>un caractère n’est pas permis à cet endroit, comme un &amp; ou un &lt; non échappé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag or a text is not closed</source>
        <translation>une balise ou un texte n’est pas fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file ends before its content is complete</source>
        <translation>le fichier se termine avant que son contenu soit complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something follows the end of the document</source>
        <translation>quelque chose suit la fin du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entity such as &amp;nbsp; is not defined in XML</source>
        <translation>une entité comme &amp;nbsp; n’est pas définie en XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attribute is given twice</source>
        <translation>un attribut est donné deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a { is not closed with a }</source>
        <translation>une { n’est pas fermée par une }</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a } has no { before it</source>
        <translation>une } n’a pas de { avant elle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a token&apos;s format, after its : or !, cannot be applied to it</source>
        <translation>le format d’un jeton, après son&#xa0;: ou son&#xa0;!, ne peut pas lui être appliqué</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at line %2</source>
        <translation>%1 à la ligne %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default time zone</source>
        <translation>fuseau horaire par défaut</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>there is no picture or sound in it</source>
        <translation>il ne contient ni image ni son</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../gui/dialogs/ingest.py" line="-354"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../gui/dialogs/assignment.py" line="-453"/>
        <source>Inside the session</source>
        <translation>Pendant la séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parallel sessions: choose</source>
        <translation>Séances parallèles&#xa0;: à choisir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned by hand</source>
        <translation>Attribué à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No capture time</source>
        <translation>Pas d’heure de prise de vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session matches</source>
        <translation>Aucune séance ne correspond</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assigned by hand; kept</source>
        <translation>attribué à la main&#xa0;; conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no capture time</source>
        <translation>aucune heure de prise de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the file’s date is known (often when it was copied): assign by hand</source>
        <translation>seule la date du fichier est connue (souvent celle de sa copie)&#xa0;: attribuez à la main</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parallel sessions at %1: %2</source>
        <translation>séances parallèles à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured %1, no session within %2 min</source>
        <translation>prise de vue le %1, aucune séance à moins de %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured %1, on a date with no session in the programme</source>
        <translation>prise de vue le %1, un jour sans séance au programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>captured %1, equally near to %2 parallel sessions</source>
        <translation>prise de vue le %1, à égale distance de %2 séances parallèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>captured %1, %4 min before “%2” (%3)</source>
        <translation>prise de vue le %1, %4 min avant «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured %1, %4 min after “%2” (%3)</source>
        <translation>prise de vue le %1, %4 min après «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no session matches the document well enough</source>
        <translation>aucune séance ne correspond assez bien au document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session matches the document well enough (best score %1)</source>
        <translation>aucune séance ne correspond assez bien au document (meilleur score %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document matches %1 sessions about equally</source>
        <translation>le document correspond à peu près autant à %1 séances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document matches “%1” by title, speakers or file name (score %3)</source>
        <translation>le document correspond à «&#xa0;%1&#xa0;» par son titre, ses orateurs ou son nom de fichier (score %3)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>captured %1, inside “%2” (%3)</source>
        <translation>prise de vue le %1, pendant «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Nearest session</source>
        <translation>Séance la plus proche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No session near</source>
        <translation>Aucune séance proche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document matches the session</source>
        <translation>Le document correspond à la séance</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>recording from %1 overlaps %2 parallel sessions</source>
        <translation>enregistrement depuis %1&#xa0;: chevauche %2 séances parallèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recording from %1 overlaps “%2” (%3) for %4 min (%5 of it)</source>
        <translation>enregistrement depuis %1&#xa0;: chevauche «&#xa0;%2&#xa0;» (%3) pendant %4 min (%5 de la durée)</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Choose: %1</source>
        <translation>À choisir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose</source>
        <translation>À choisir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../gui/qt_texts.py" line="+21"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Dossier de fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-5"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <location filename="../../gui/controllers/reveal.py" line="+39"/>
        <source>The file is not reachable from this computer: %1</source>
        <translation>Le fichier n’est pas accessible depuis cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finding the file</source>
        <translation>Recherche du fichier</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../gui/dialogs/schedule_editor.py" line="-506"/>
        <source>Schedule Editor</source>
        <translation>Éditeur d’horaire</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add Day…</source>
        <translation>Ajouter un jour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day in Other Languages…</source>
        <translation>Jour dans d’autres langues…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shown day&apos;s name in the caption languages: pages, exports and the app in one of them show it instead of the programme&apos;s</source>
        <translation>Le nom du jour affiché dans les langues des légendes&#xa0;: les pages, exports et l’application dans l’une d’elles l’affichent à la place de celui du programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+163"/>
        <source>Add Session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Delete Session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Programme…</source>
        <translation>Importer un programme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event…</source>
        <translation>Événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event in Other Languages…</source>
        <translation>Événement dans d’autres langues…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click or type to edit a cell; times are HH:MM in the event&apos;s time zone. %1 in the main window undoes changes.</source>
        <translation>Double-cliquez ou tapez pour modifier une cellule&#xa0;; les heures sont au format HH:MM dans le fuseau horaire de l’événement. %1 dans la fenêtre principale annule les modifications.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+173"/>
        <source>No event yet: import a programme or set up the event.</source>
        <translation>Pas encore d’événement&#xa0;: importez un programme ou configurez l’événement.</translation>
    </message>
    <message numerus="yes">
        <location line="-164"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme language not said</source>
        <translation>Langue du programme non précisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme in %1</source>
        <translation>Programme en %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add Day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Label (optional)</source>
        <translation>Libellé (facultatif)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+75"/>
        <source>Add a day first.</source>
        <translation>Ajoutez d’abord un jour.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+137"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The caption languages (Preferences) are only the programme&apos;s own: add another to give the programme&apos;s texts in it.</source>
        <translation>Les langues des légendes (Préférences) ne comptent que celle du programme&#xa0;: ajoutez-en une autre pour y donner les textes du programme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a session first.</source>
        <translation>Choisissez d’abord une séance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>Title (%1)</source>
        <translation>Titre (%1)</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Room (%1)</source>
        <translation>Salle (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Description (%1)</source>
        <translation>Description (%1)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Session in Other Languages</source>
        <translation>Séance dans d’autres langues</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name (%1)</source>
        <translation>Nom (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day in Other Languages</source>
        <translation>Jour dans d’autres langues</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Venue (%1)</source>
        <translation>Lieu (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser (%1)</source>
        <translation>Organisateur (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event in Other Languages</source>
        <translation>Événement dans d’autres langues</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+33"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Time zone (e.g. Europe/Brussels):</source>
        <translation>Fuseau horaire (p. ex. Europe/Brussels)&#xa0;:</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>Session in Other Languages…</source>
        <translation>Séance dans d’autres langues…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected session&apos;s title, room and description in the caption languages: pages, posts, exports and the app in one of them show them instead of the programme&apos;s</source>
        <translation>Le titre, la salle et la description de la séance sélectionnée dans les langues des légendes&#xa0;: les pages, publications, exports et l’application dans l’une d’elles les affichent à la place de ceux du programme</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>Not said</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the programme&apos;s texts (titles, venue, rooms):</source>
        <translation>Langue des textes du programme (titres, lieu, salles)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../gui/widgets/scope_bar.py" line="+213"/>
        <source>A sidebar click changes the source; the search and the chips stay until you remove them here.</source>
        <translation>Un clic dans la barre latérale change la source&#xa0;; la recherche et les filtres restent jusqu’à ce que vous les retiriez ici.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+51"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source: %1 (remove to show all items)</source>
        <translation>Source&#xa0;: %1 (retirer pour afficher tous les éléments)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search: %1 (remove to clear the search)</source>
        <translation>Recherche&#xa0;: %1 (retirer pour effacer la recherche)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter: %1 (remove it)</source>
        <translation>Filtre&#xa0;: %1 (le retirer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all items, with no search and no chips</source>
        <translation>Revenir à tous les éléments, sans recherche ni filtre</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln+ items</source>
        <translation>
            <numerusform>%Ln+ élément</numerusform>
            <numerusform>%Ln+ éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeController</name>
    <message>
        <location filename="../../gui/controllers/scope.py" line="+173"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not confirmed by the fixity check</source>
        <translation>Non confirmés par le contrôle d’intégrité</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Found by the scan at %1</source>
        <translation>Trouvés au scan de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New in the scan at %1</source>
        <translation>Nouveaux au scan de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed by the scan at %1</source>
        <translation>Modifiés au scan de %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search all items</source>
        <translation>Chercher dans tous les éléments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in “%1” matches %2</source>
        <translation>Rien dans «&#xa0;%1&#xa0;» ne correspond à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search and the filters above hide everything in this view.</source>
        <translation>La recherche et les filtres ci-dessus masquent tout le contenu de cette vue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all items</source>
        <translation>Afficher tous les éléments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalogue is empty</source>
        <translation>Ce catalogue est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a folder or a drive to catalogue its photos, videos and slides (or drop a folder on the window). The originals are never changed.</source>
        <translation>Ajoutez un dossier ou un disque pour cataloguer ses photos, vidéos et diaporamas (ou déposez un dossier sur la fenêtre). Les originaux ne sont jamais modifiés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in “%1” yet</source>
        <translation>Rien dans «&#xa0;%1&#xa0;» pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder that holds some.</source>
        <translation>Ajoutez un dossier qui en contient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No errors</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every catalogued file could be read.</source>
        <translation>Tous les fichiers catalogués ont pu être lus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No warnings</source>
        <translation>Aucun avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file was read with a problem.</source>
        <translation>Aucun fichier n’a posé de problème à la lecture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is missing</source>
        <translation>Rien ne manque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every catalogued file is where it was at the last scan.</source>
        <translation>Chaque fichier catalogué est là où il était lors de la dernière analyse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is offline</source>
        <translation>Rien n’est hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every folder of the catalogue is reachable.</source>
        <translation>Tous les dossiers du catalogue sont accessibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duplicates</source>
        <translation>Aucun doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two catalogued files have the same content.</source>
        <translation>Aucun fichier catalogué n’a le même contenu qu’un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every item is in a session</source>
        <translation>Chaque élément est dans une séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items captured outside the programme&apos;s sessions would be listed here.</source>
        <translation>Les éléments pris en dehors des séances du programme apparaîtraient ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No items in this session yet</source>
        <translation>Aucun élément dans cette séance pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign items by their capture time, or drag items onto the session.</source>
        <translation>Attribuez les éléments d’après leur heure de prise de vue, ou faites-les glisser sur la séance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign Items…</source>
        <translation>Attribuer des éléments…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was captured on this day</source>
        <translation>Rien n’a été pris ce jour-là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a camera&apos;s clock was wrong, its photos may sit on another day.</source>
        <translation>Si l’horloge d’un appareil était fausse, ses photos se trouvent peut-être sur un autre jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix Camera Clocks…</source>
        <translation>Corriger les horloges des appareils…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches this smart collection yet</source>
        <translation>Rien ne correspond encore à cette collection intelligente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its saved search finds no items; new matching items appear here.</source>
        <translation>Sa recherche enregistrée ne trouve aucun élément&#xa0;; les nouveaux éléments correspondants apparaîtront ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This collection is empty</source>
        <translation>Cette collection est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select items and press B, or drag them onto the collection in the sidebar.</source>
        <translation>Sélectionnez des éléments et appuyez sur B, ou faites-les glisser sur la collection dans la barre latérale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No items are tagged “%1”</source>
        <translation>Aucun élément n’a le mot-clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select items and press T to add a keyword, %1 for a person.</source>
        <translation>Sélectionnez des éléments et appuyez sur T pour ajouter un mot-clé, %1 pour une personne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="+37"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides</source>
        <translation>Diaporamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejects</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Search (%1): words, day:1 session:roundtable kind:photo rating&gt;=3 …</source>
        <translation>Rechercher (%1)&#xa0;: mots, jour:1 séance:table-ronde type:photo note&gt;=3 …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Words find titles, captions, names and keywords (the start of a word is enough).&lt;/p&gt;&lt;p&gt;Keys narrow the result:&lt;br&gt;&lt;b&gt;day:&lt;/b&gt;1 &amp;nbsp; &lt;b&gt;session:&lt;/b&gt;roundtable &amp;nbsp; &lt;b&gt;room:&lt;/b&gt;Aula&lt;br&gt;&lt;b&gt;kind:&lt;/b&gt;photo, video, slides, document&lt;br&gt;&lt;b&gt;rating&amp;gt;=&lt;/b&gt;3 &amp;nbsp; &lt;b&gt;flag:&lt;/b&gt;pick, reject &amp;nbsp; &lt;b&gt;consent:&lt;/b&gt;cleared&lt;br&gt;&lt;b&gt;tag:&lt;/b&gt;migration &amp;nbsp; &lt;b&gt;person:&lt;/b&gt;name &amp;nbsp; &lt;b&gt;in:&lt;/b&gt;collection&lt;br&gt;&lt;b&gt;date:&lt;/b&gt;2022-06-01 &amp;nbsp; &lt;b&gt;sort:&lt;/b&gt;rating&lt;/p&gt;&lt;p&gt;Quotes keep spaces: session:&quot;EMN roundtable&quot;. A leading minus excludes: -flag:reject. The English keys work in every language.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les mots trouvent titres, légendes, noms et mots-clés (le début d’un mot suffit).&lt;/p&gt;&lt;p&gt;Les clés affinent le résultat&#xa0;:&lt;br&gt;&lt;b&gt;jour:&lt;/b&gt;1 &amp;nbsp; &lt;b&gt;séance:&lt;/b&gt;table-ronde &amp;nbsp; &lt;b&gt;salle:&lt;/b&gt;Aula&lt;br&gt;&lt;b&gt;type:&lt;/b&gt;photo, vidéo, diaporama, document&lt;br&gt;&lt;b&gt;note&amp;gt;=&lt;/b&gt;3 &amp;nbsp; &lt;b&gt;drapeau:&lt;/b&gt;retenu, rejeté &amp;nbsp; &lt;b&gt;consentement:&lt;/b&gt;autorisé&lt;br&gt;&lt;b&gt;mot-clé:&lt;/b&gt;migration &amp;nbsp; &lt;b&gt;personne:&lt;/b&gt;nom &amp;nbsp; &lt;b&gt;collection:&lt;/b&gt;nom&lt;br&gt;&lt;b&gt;date:&lt;/b&gt;2022-06-01 &amp;nbsp; &lt;b&gt;tri:&lt;/b&gt;note&lt;/p&gt;&lt;p&gt;Les guillemets gardent les espaces&#xa0;: séance:&quot;EMN roundtable&quot;. Un signe moins exclut&#xa0;: -drapeau:rejeté. Les clés anglaises (day:, session:, kind:…) marchent dans toutes les langues&#xa0;; une recherche enregistrée les garde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show only these, by each item&apos;s own consent: a photo of a session not for publication or of a person whose consent is restricted can be counted here; its card says it is held back (click again to clear)</source>
        <translation>N’afficher que ceux-ci, selon le consentement propre à chaque élément&#xa0;: une photo d’une séance non destinée à la publication ou d’une personne dont le consentement est restreint peut être comptée ici&#xa0;; sa vignette indique qu’elle est bloquée (cliquer à nouveau pour annuler)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only the items marked do not publish themselves: a photo of a session not for publication or of a person who withdrew consent is not counted here; its card says it is held back (click again to clear)</source>
        <translation>N’afficher que les éléments eux-mêmes marqués «&#xa0;ne pas publier&#xa0;»&#xa0;: une photo d’une séance non destinée à la publication ou d’une personne qui a retiré son consentement n’est pas comptée ici&#xa0;; sa vignette indique qu’elle est bloquée (cliquer à nouveau pour annuler)</translation>
    </message>
    <message>
        <location filename="../../gui/query_values.py" line="+30"/>
        <location filename="../../gui/widgets/search_bar.py" line="-215"/>
        <source>Unflagged</source>
        <translation>Sans drapeau</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="+3"/>
        <source>Cleared</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No publish</source>
        <translation>Ne pas publier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No session</source>
        <translation>Sans séance</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Show only these (click again to clear)</source>
        <translation>N’afficher que ceux-ci (cliquer à nouveau pour annuler)</translation>
    </message>
</context>
<context>
    <name>SearchValue</name>
    <message>
        <location filename="../../gui/query_values.py" line="+14"/>
        <source>duplicate</source>
        <comment>is:duplicate</comment>
        <translation>doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <comment>is:unassigned (no session)</comment>
        <translation>sans séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segmented</source>
        <comment>is:segmented (a cut recording)</comment>
        <translation>découpé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>session:none (in no session)</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <comment>person:unknown (a face)</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>faces:none (no face)</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>square</source>
        <translation>carré</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../gui/dialogs/schedule_editor.py" line="-480"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Volet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not for publication</source>
        <translation>Non destinée à la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not record</source>
        <translation>Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>ShiftModel</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="-930"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session now</source>
        <translation>Séance actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session after</source>
        <translation>Séance après</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="+38"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Find an action or a key…</source>
        <translation>Chercher une action ou une touche…</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/models/sidebar_model.py" line="+215"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides</source>
        <translation>Diaporamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files smparchive does not read inside (spreadsheets, text, archives ...): catalogued by name, size, dates and content hash</source>
        <translation>Fichiers dont smparchive ne lit pas le contenu (tableurs, textes, archives…)&#xa0;: catalogués par nom, taille, dates et empreinte du contenu</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart collections</source>
        <translation>Collections intelligentes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No session</source>
        <translation>Sans séance</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected: its items stay in the catalogue.</source>
        <translation>Non connecté&#xa0;: ses éléments restent dans le catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect the drive or share, or right-click to say where the folder is now.</source>
        <translation>Branchez le disque ou le partage, ou faites un clic droit pour indiquer où se trouve maintenant le dossier.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Files that could not be read: catalogued with the reason</source>
        <translation>Fichiers illisibles&#xa0;: catalogués avec le motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files read with a problem (truncated, no thumbnail possible) that still serve</source>
        <translation>Fichiers lus avec un problème (tronqués, sans vignette possible) mais encore utilisables</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files gone from a folder that is reachable</source>
        <translation>Fichiers disparus d’un dossier accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files on a drive or share that is not connected</source>
        <translation>Fichiers sur un disque ou un partage non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files with the same content as another catalogued file</source>
        <translation>Fichiers au contenu identique à un autre fichier catalogué</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="+8"/>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
</context>
<context>
    <name>SidecarSummaryDialog</name>
    <message>
        <location filename="../../gui/dialogs/sidecar_summary.py" line="+40"/>
        <source>XMP Sidecars Written</source>
        <translation>Fichiers annexes XMP écrits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>XMP Sidecars Read</source>
        <translation>Fichiers annexes XMP lus</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln of %2 items: sidecar written</source>
        <translation>
            <numerusform>%Ln élément sur %2&#x202f;: fichier annexe écrit</numerusform>
            <numerusform>%Ln éléments sur %2&#x202f;: fichiers annexes écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln fusionné</numerusform>
            <numerusform>%Ln fusionnés</numerusform>
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
            <numerusform>%Ln déjà à jour</numerusform>
            <numerusform>%Ln déjà à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln ignoré</numerusform>
            <numerusform>%Ln ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln demande votre attention</numerusform>
            <numerusform>%Ln demandent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%Ln of %2 items changed from their sidecars (Edit &gt; Undo reverts it)</source>
        <translation>
            <numerusform>%Ln élément sur %2 modifié d’après son fichier annexe (Édition &gt; Annuler pour revenir en arrière)</numerusform>
            <numerusform>%Ln éléments sur %2 modifiés d’après leurs fichiers annexes (Édition &gt; Annuler pour revenir en arrière)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidecars</name>
    <message numerus="yes">
        <location filename="../../gui/controllers/sidecars.py" line="+29"/>
        <source>Writing %Ln XMP sidecars</source>
        <translation>
            <numerusform>Écriture de %Ln fichier annexe XMP</numerusform>
            <numerusform>Écriture de %Ln fichiers annexes XMP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reading %Ln XMP sidecars</source>
        <translation>
            <numerusform>Lecture de %Ln fichier annexe XMP</numerusform>
            <numerusform>Lecture de %Ln fichiers annexes XMP</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing sidecars failed: %1</source>
        <translation>L’écriture des fichiers annexes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading sidecars failed: %1</source>
        <translation>La lecture des fichiers annexes a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StarsField</name>
    <message numerus="yes">
        <location filename="../../gui/widgets/fields.py" line="+147"/>
        <source>%n stars (key %1)</source>
        <translation>
            <numerusform>%n étoile (touche %1)</numerusform>
            <numerusform>%n étoiles (touche %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mixed</source>
        <translation>divers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mixed ratings</source>
        <translation>Notes diverses</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../gui/start_window.py" line="-52"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+52"/>
        <source>Opening the catalogue…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>Opening %1.</source>
        <translation>Ouverture de %1.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The catalogue could not be opened</source>
        <translation>Impossible d’ouvrir le catalogue</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="+43"/>
        <source>Ok, with %n warnings</source>
        <translation>
            <numerusform>OK, avec %n avertissement</numerusform>
            <numerusform>OK, avec %n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../gui/controllers/browser.py" line="+351"/>
        <location line="+10"/>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checking which days the results are on</source>
        <translation>Vérification des jours où se trouvent les résultats</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Finding every item of the search</source>
        <translation>Recherche de tous les éléments trouvés</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Counting the quick filters</source>
        <translation>Comptage des filtres rapides</translation>
    </message>
    <message>
        <location filename="../../gui/cache_limit.py" line="+29"/>
        <source>Trimming the preview cache</source>
        <translation>Réduction du cache des aperçus</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/thumbnails.py" line="+149"/>
        <source>Preparing to make thumbnails</source>
        <translation>Préparation des vignettes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/assignment.py" line="+117"/>
        <source>Reading the proposed assignments</source>
        <translation>Lecture des affectations proposées</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="+258"/>
        <location line="+30"/>
        <source>Reading the timeline</source>
        <translation>Lecture de la frise chronologique</translation>
    </message>
    <message>
        <location line="+337"/>
        <location line="+33"/>
        <source>Reading the cameras</source>
        <translation>Lecture des appareils</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Previewing the clock correction</source>
        <translation>Aperçu de la correction d’horloge</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_history.py" line="+89"/>
        <source>Reading the export history</source>
        <translation>Lecture de l’historique des exportations</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/schedule_editor.py" line="+210"/>
        <source>Reading the programme</source>
        <translation>Lecture du programme</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="-478"/>
        <source>Summing up the selection</source>
        <translation>Résumé de la sélection</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Reading the sidebar</source>
        <translation>Lecture du panneau latéral</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Counting the sidebar&apos;s items</source>
        <translation>Comptage des éléments du panneau latéral</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Drafting the alt text</source>
        <translation>Rédaction du texte alternatif</translation>
    </message>
    <message>
        <location filename="../../gui/models/item_store.py" line="+311"/>
        <location line="+134"/>
        <location line="+147"/>
        <location line="+18"/>
        <source>Reading the items</source>
        <translation>Lecture des éléments</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Reading a page of items</source>
        <translation>Lecture d’une page d’éléments</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="-243"/>
        <source>Mixed</source>
        <translation>Divers</translation>
    </message>
</context>
<context>
    <name>ThumbnailRepair</name>
    <message>
        <location filename="../../gui/controllers/thumbnails.py" line="+53"/>
        <source>Making missing thumbnails</source>
        <translation>Création des vignettes manquantes</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../gui/views/timeline.py" line="+99"/>
        <location line="+98"/>
        <source>No items on this day</source>
        <translation>Aucun élément ce jour-là</translation>
    </message>
    <message numerus="yes">
        <location line="-97"/>
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln outside</source>
        <translation>
            <numerusform>%Ln en dehors</numerusform>
            <numerusform>%Ln en dehors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="-450"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../gui/undo.py" line="+9"/>
        <source>Undoing “%1” removes %2 and the items catalogued in it (%3) from the catalogue, with their tags, captions and ratings. The files stay where they are.</source>
        <translation>Annuler «&#xa0;%1&#xa0;» retire %2 et les éléments qui y sont catalogués (%3) du catalogue, avec leurs mots-clés, légendes et notes. Les fichiers restent où ils sont.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Undoing “%1” changes %Ln items.</source>
        <translation>
            <numerusform>Annuler «&#xa0;%1&#xa0;» modifie %Ln élément.</numerusform>
            <numerusform>Annuler «&#xa0;%1&#xa0;» modifie %Ln éléments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be undone while its scan is running: cancel the scan or wait for it to finish.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être annulé pendant son scan&#xa0;: annulez le scan ou attendez qu’il se termine.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undo a large step?</source>
        <translation>Annuler une étape importante&#xa0;?</translation>
    </message>
</context>
<context>
    <name>VerifyModel</name>
    <message>
        <location filename="../../gui/dialogs/verify_summary.py" line="+23"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>VerifySummaryDialog</name>
    <message>
        <location line="+36"/>
        <source>Fixity Check</source>
        <translation>Contrôle d’intégrité</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show Them</source>
        <translation>Les afficher</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln files checked</source>
        <translation>
            <numerusform>%Ln fichier vérifié</numerusform>
            <numerusform>%Ln fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: %1 so far.</source>
        <translation>Arrêté&#xa0;: %1 jusqu’ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: every file has the bytes it had when catalogued.</source>
        <translation>%1&#xa0;: chaque fichier a les octets qu’il avait quand il a été catalogué.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln damaged: the bytes changed although size and date did not (bit rot or a bad copy); they are listed under Problems &gt; Errors.</source>
        <translation>
            <numerusform>%Ln endommagé&#xa0;: ses octets ont changé alors que la taille et la date sont les mêmes (dégradation ou mauvaise copie)&#xa0;; il figure sous Problèmes &gt; Erreurs.</numerusform>
            <numerusform>%Ln endommagés&#xa0;: leurs octets ont changé alors que la taille et la date sont les mêmes (dégradation ou mauvaise copie)&#xa0;; ils figurent sous Problèmes &gt; Erreurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln no longer there.</source>
        <translation>
            <numerusform>%Ln n’est plus là.</numerusform>
            <numerusform>%Ln ne sont plus là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln edited since the last scan: rescan them.</source>
        <translation>
            <numerusform>%Ln modifié depuis la dernière analyse&#xa0;: réanalysez-le.</numerusform>
            <numerusform>%Ln modifiés depuis la dernière analyse&#xa0;: réanalysez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln could not be checked.</source>
        <translation>
            <numerusform>%Ln n’a pas pu être vérifié.</numerusform>
            <numerusform>%Ln n’ont pas pu être vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln on folders or drives that are not connected were not checked.</source>
        <translation>
            <numerusform>%Ln sur un dossier ou un disque non connecté n’a pas été vérifié.</numerusform>
            <numerusform>%Ln sur des dossiers ou disques non connectés n’ont pas été vérifiés.</numerusform>
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
        <translation>Élément suivant</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+77"/>
        <location line="+103"/>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+7"/>
        <source>Next or previous item</source>
        <translation>Élément suivant ou précédent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First item (Home too, for a photo)</source>
        <translation>Premier élément (Début aussi, pour une photo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last item (End too, for a photo)</source>
        <translation>Dernier élément (Fin aussi, pour une photo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+161"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+161"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Fit the photo in the window</source>
        <translation>Ajuster la photo à la fenêtre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actual size or fit, in turn</source>
        <translation>Taille réelle ou ajustée, tour à tour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or hide the photo&apos;s details</source>
        <translation>Afficher ou masquer les détails de la photo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move around a zoomed photo</source>
        <translation>Se déplacer dans une photo agrandie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back one item</source>
        <translation>Reculer d’un élément</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back 5 seconds</source>
        <translation>Reculer de 5 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 5 seconds</source>
        <translation>Avancer de 5 secondes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back 30 seconds</source>
        <translation>Reculer de 30 secondes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forward 30 seconds</source>
        <translation>Avancer de 30 secondes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play backwards, faster with each press</source>
        <translation>Lire à rebours, plus vite à chaque appui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play forwards, faster with each press</source>
        <translation>Lire en avant, plus vite à chaque appui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute or unmute</source>
        <translation>Couper ou rétablir le son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the in point (a segment&apos;s start)</source>
        <translation>Placer le point d’entrée (début d’un segment)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the out point (a segment&apos;s end)</source>
        <translation>Placer le point de sortie (fin d’un segment)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a chapter here (a segment)</source>
        <translation>Ajouter un chapitre ici (un segment)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this frame as poster frame</source>
        <translation>Utiliser cette image comme vignette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cut the recording into sessions</source>
        <translation>Découper l’enregistrement en séances</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add captions to a segment</source>
        <translation>Ajouter des sous-titres à un segment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the draft chapters</source>
        <translation>Confirmer les chapitres provisoires</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find words in the slides or pages</source>
        <translation>Chercher des mots dans les diapositives ou les pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit the page in the window</source>
        <translation>Ajuster la page à la fenêtre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Next or previous page</source>
        <translation>Page suivante ou précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the text panel</source>
        <translation>Afficher ou masquer le panneau de texte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the next photo</source>
        <translation>Choisir la photo suivante</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Choose the previous photo</source>
        <translation>Choisir la photo précédente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swap the chosen photo with the next (left and right)</source>
        <translation>Échanger la photo choisie avec la suivante (gauche et droite)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../gui/controllers/vocabulary.py" line="+31"/>
        <source>Rename Keyword</source>
        <translation>Renommer le mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Keywords</source>
        <translation>Fusionner les mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Keyword</source>
        <translation>Supprimer le mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that carry it (or a keyword under it): %1</source>
        <translation>Éléments qui portent ce mot-clé (ou un mot-clé en dessous)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Person</source>
        <translation>Renommer la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge People</source>
        <translation>Fusionner les personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that name this person: %1</source>
        <translation>Éléments qui nomment cette personne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Organisation</source>
        <translation>Renommer l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Organisations</source>
        <translation>Fusionner les organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Organisation</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that name it (or an organisation under it): %1</source>
        <translation>Éléments qui nomment cette organisation (ou une organisation en dessous)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Place</source>
        <translation>Renommer le lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Places</source>
        <translation>Fusionner les lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Place</source>
        <translation>Supprimer le lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that name it (or a place under it): %1</source>
        <translation>Éléments qui nomment ce lieu (ou un lieu en dessous)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New name for %1:</source>
        <translation>Nouveau nom pour %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 already exists. Merge %2 into it?</source>
        <translation>%1 existe déjà. Y fusionner %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Items with %1: %2</source>
        <translation>Éléments avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afterwards all of them carry %2; %1 undoes it.</source>
        <translation>Ensuite, tous portent %2&#xa0;; %1 annule la fusion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete %1 from every item?</source>
        <translation>Supprimer %1 de tous les éléments&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 puts it back.</source>
        <translation>%1 la rétablit.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/modes.py" line="+76"/>
        <source>Select two to four photos to compare them.</source>
        <translation>Sélectionnez deux à quatre photos pour les comparer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select two or more items to survey them.</source>
        <translation>Sélectionnez au moins deux éléments pour les voir ensemble.</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="+62"/>
        <source>←/→ previous/next · 1–5 rate · P pick · X reject · U unflag · I info · +/− zoom · C compare · F full screen</source>
        <translation>←/→ précédente/suivante · 1–5 noter · P retenir · X rejeter · U sans drapeau · I infos · +/− zoom · C comparer · F plein écran</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 previous/next · 1–5 rate · P pick · X reject · U unflag</source>
        <translation>%1 précédente/suivante · 1–5 noter · P retenir · X rejeter · U sans drapeau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>←/→ or %1 pages · %2 previous/next · %3 find · %4 text · 1–5 rate · P pick · X reject · U unflag · +/− zoom</source>
        <translation>←/→ ou %1 pages · %2 précédente/suivante · %3 chercher · %4 texte · 1–5 noter · P retenir · X rejeter · U sans drapeau · +/− zoom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1/←/→ choose a photo · %2 swap it with the next · +/− zoom all together · 1–5 rate · P pick · X reject · U unflag · click the filmstrip to replace it</source>
        <translation>%1/←/→ choisir une photo · %2 l’échanger avec la suivante · +/− zoomer ensemble · 1–5 noter · P retenir · X rejeter · U sans drapeau · clic dans le bandeau pour la remplacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arrows choose a photo · 1–5 rate · P pick · X reject · U unflag · %1 loupe</source>
        <translation>Flèches&#xa0;: choisir une photo · 1–5 noter · P retenir · X rejeter · U sans drapeau · %1 loupe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 back to the grid</source>
        <translation>%1 retour à la grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2 back to the grid</source>
        <translation>%1 ou %2 retour à la grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 back to the details</source>
        <translation>%1 retour aux détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2 back to the details</source>
        <translation>%1 ou %2 retour aux détails</translation>
    </message>
    <message numerus="yes">
        <location line="+281"/>
        <location line="+11"/>
        <source>%1 of %Ln selected</source>
        <translation>
            <numerusform>%1 sur %Ln sélectionnée</numerusform>
            <numerusform>%1 sur %Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>auto-advance on</source>
        <translation>avance automatique activée</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the first %Ln photos</source>
        <translation>
            <numerusform>%Ln première photo</numerusform>
            <numerusform>les %Ln premières photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DayTimeline</name>
    <message>
        <location filename="../../gui/dialogs/clocks.py" line="-48"/>
        <source>%1 (not a programme day)</source>
        <translation>%1 (hors programme)</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>One lane per camera</source>
        <translation>Une ligne par appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One lane per kind</source>
        <translation>Une ligne par type</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Bars: items per 5 minutes, a recording in each 5 minutes it runs through; a line under them: a recording, start to end. Blue: in or near a session; orange: no session within %Ln minutes (the assignment leaves them out).</source>
        <translation>
            <numerusform>Barres&#xa0;: éléments par tranche de 5 minutes, un enregistrement dans chaque tranche qu’il couvre&#xa0;; une ligne dessous&#xa0;: un enregistrement, du début à la fin. Bleu&#xa0;: pendant ou près d’une séance&#xa0;; orange&#xa0;: aucune séance à moins de %Ln minute (l’attribution les laisse de côté).</numerusform>
            <numerusform>Barres&#xa0;: éléments par tranche de 5 minutes, un enregistrement dans chaque tranche qu’il couvre&#xa0;; une ligne dessous&#xa0;: un enregistrement, du début à la fin. Bleu&#xa0;: pendant ou près d’une séance&#xa0;; orange&#xa0;: aucune séance à moins de %Ln minutes (l’attribution les laisse de côté).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message numerus="yes">
        <location line="+167"/>
        <source>%Ln of this camera</source>
        <translation>
            <numerusform>%Ln de cet appareil</numerusform>
            <numerusform>%Ln de cet appareil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location line="-400"/>
        <source>Unknown camera</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="-321"/>
        <source>corrected by %1</source>
        <translation>corrigée de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <comment>no clock correction</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>file date</source>
        <translation>date du fichier</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>camera EXIF with offset</source>
        <translation>EXIF de l’appareil, avec décalage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera EXIF without offset</source>
        <translation>EXIF de l’appareil, sans décalage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>XMP date</source>
        <translation>date XMP</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>XMP sidecar date</source>
        <translation>date du fichier XMP annexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPTC date</source>
        <translation>date IPTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QuickTime creation date</source>
        <translation>date de création QuickTime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container date, UTC (phone or recorder)</source>
        <translation>date du conteneur, UTC (téléphone ou enregistreur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>container date, camera&apos;s local time</source>
        <translation>date du conteneur, heure locale de l’appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container UTC</source>
        <translation>conteneur (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document date</source>
        <translation>date du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file date (not used for assignment)</source>
        <translation>date du fichier (non utilisée pour l’attribution)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cleared</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal only</source>
        <translation>Usage interne uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not publish</source>
        <translation>Ne pas publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>shows %1 (consent withdrawn on %2)</source>
        <translation>montre %1 (consentement retiré le %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flagged Rejected</source>
        <translation>marqué Rejeté</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not for publication: every export holds back the session’s items</source>
        <translation>Non destinée à la publication&#xa0;: tout export bloque les éléments de la séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not record: every export holds back the session’s video and audio</source>
        <translation>Ne pas enregistrer&#xa0;: tout export bloque les vidéos et les sons de la séance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>closed</source>
        <translation>huis clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>sans enregistrement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Will not be published: %1</source>
        <translation>Ne sera pas publié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal use only: %1</source>
        <translation>Usage interne uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back until cleared: %1</source>
        <translation>Bloqué tant que non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; </source>
        <comment>between the reasons an item is held back</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>smparchive catalogue</source>
        <translation>Catalogue smparchive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>d</source>
        <comment>symbol for days in a clock correction</comment>
        <translation>j</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>consent unknown</source>
        <translation>consentement inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleared for internal use only</source>
        <translation>autorisé pour un usage interne uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked do not publish</source>
        <translation>marqué «&#xa0;ne pas publier&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session “%1” is not for publication</source>
        <translation>la séance «&#xa0;%1&#xa0;» n’est pas destinée à la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session “%1” was not to be recorded</source>
        <translation>la séance «&#xa0;%1&#xa0;» ne devait pas être enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shows %1 (consent unknown)</source>
        <translation>montre %1 (consentement inconnu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shows %1 (internal use only)</source>
        <translation>montre %1 (usage interne uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shows %1 (do not publish)</source>
        <translation>montre %1 (ne pas publier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no alt text (needed to publish on a platform)</source>
        <translation>pas de texte alternatif (nécessaire pour publier sur une plateforme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alt text is still a draft</source>
        <translation>le texte alternatif est encore un brouillon</translation>
    </message>
    <message>
        <location filename="../../gui/views/delegate.py" line="+149"/>
        <source>%n p</source>
        <translation>%n p.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No publish</source>
        <translation>Ne pas publier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/jobs.py" line="-94"/>
        <source>%1 left</source>
        <translation>%1 restant</translation>
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
        <translation>Couper le son (M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+753"/>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="-752"/>
        <source>Set the in point here (I)</source>
        <translation>Placer le point d’entrée ici (I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+748"/>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="-747"/>
        <source>Set the out point here (O)</source>
        <translation>Placer le point de sortie ici (O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poster</source>
        <translation>Image d’affiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut into sessions…</source>
        <translation>Découper en séances…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Captions…</source>
        <translation>Sous-titres…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirm chapters</source>
        <translation>Confirmer les chapitres</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>%1 play/pause · ←/→ 5 s · %2 30 s · ,/. frame · [/] speed · ↑/↓ volume · M mute · I/O in/out · %3 poster · %4 cut into sessions · F full screen</source>
        <translation>%1 lecture/pause · ←/→ 5 s · %2 30 s · ,/. image · [/] vitesse · ↑/↓ volume · M muet · I/O entrée/sortie · %3 image d’affiche · %4 découper en séances · F plein écran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 play/pause · ←/→ 5 s · %2 30 s · ,/. frame · [/] speed · ↑/↓ volume · M mute · J/K/L back/pause/faster · I/O start/end of the segment · C chapter here · %3 poster · %4 cut into sessions · %5 captions · F full screen</source>
        <translation>%1 lecture/pause · ←/→ 5 s · %2 30 s · ,/. image · [/] vitesse · ↑/↓ volume · M muet · J/K/L arrière/pause/plus vite · I/O début/fin du segment · C chapitre ici · %3 image d’affiche · %4 découper en séances · %5 sous-titres · F plein écran</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Cut the recording into one segment per session of the programme (%1)</source>
        <translation>Découper l’enregistrement en un segment par séance du programme (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a WebVTT caption file to the segment being played: it is published with the segment&apos;s clip (%1)</source>
        <translation>Ajouter un fichier de sous-titres WebVTT au segment en cours de lecture&#xa0;: il est publié avec l’extrait du segment (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The segment&apos;s chapters are a draft, spread evenly over its speakers: accept them as they are (%1), and exports publish them (C places one at the playhead instead)</source>
        <translation>Les chapitres du segment sont un brouillon, répartis régulièrement entre ses intervenants&#xa0;: acceptez-les tels quels (%1), et les exportations les publient (C en place plutôt un à la tête de lecture)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full screen (F)</source>
        <translation>Plein écran (F)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>No poster frame yet</source>
        <translation>Pas encore d’image d’affiche</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>VLC cannot open this file.</source>
        <translation>VLC ne peut pas ouvrir ce fichier.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>VLC cannot play this file: it may be damaged, truncated or use a codec VLC lacks.</source>
        <translation>VLC ne peut pas lire ce fichier&#xa0;: il est peut-être endommagé, tronqué ou utilise un codec que VLC n’a pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file ended before anything could be played: it is probably truncated.</source>
        <translation>Le fichier s’est terminé avant que rien ne puisse être lu&#xa0;: il est probablement tronqué.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Segment %1/%2: %3 (%4–%5)</source>
        <translation>Segment %1/%2&#xa0;: %3 (%4–%5)</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+11"/>
        <location line="+21"/>
        <source>Captions for “%1”</source>
        <translation>Sous-titres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>WebVTT captions (*.vtt);;All files (*)</source>
        <translation>Sous-titres WebVTT (*.vtt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the captions (such as en, fr, pt-BR):</source>
        <translation>Langue des sous-titres (par exemple en, fr, pt-BR)&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The captions run to %1, past the end of the segment (%2 long). Are they timed from the start of the whole recording?</source>
        <translation>Les sous-titres vont jusqu’à %1, au-delà de la fin du segment (d’une durée de %2). Sont-ils minutés depuis le début de l’enregistrement complet&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Captions not added: %1</source>
        <translation>Sous-titres non ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Analysing the recording near each cut…</source>
        <translation>Analyse de l’enregistrement autour de chaque coupure…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recording belongs to one session as a whole: nothing to cut.</source>
        <translation>Cet enregistrement appartient entièrement à une seule séance&#xa0;: rien à découper.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Cut into sessions</source>
        <translation>Découper en séances</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No session of the programme falls within this recording.</source>
        <translation>Aucune séance du programme ne tombe dans cet enregistrement.</translation>
    </message>
    <message>
        <location line="-598"/>
        <source>Play/pause (%1)</source>
        <translation>Lecture/pause (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use this frame as poster frame (%1)</source>
        <translation>Utiliser cette image comme image d’affiche (%1)</translation>
    </message>
    <message>
        <location line="+578"/>
        <source>Cut the recording into these segments? Segments you moved by hand stay as they are.</source>
        <translation>Découper l’enregistrement en ces segments&#xa0;? Les segments déplacés à la main restent tels quels.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cut</source>
        <translation>Découper</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing new to cut: each session already has a segment placed by hand.</source>
        <translation>Rien de nouveau à découper&#xa0;: chaque séance a déjà un segment placé à la main.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chapter %1</source>
        <translation>Chapitre %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Poster frame saved at %1.</source>
        <translation>Image d’affiche enregistrée à %1.</translation>
    </message>
    <message>
        <location line="-300"/>
        <location filename="../../gui/viewers/base.py" line="+132"/>
        <location filename="../../gui/viewers/compare.py" line="+303"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/base.py" line="+39"/>
        <source>%1

This kind of file (%2) has no viewer here; open it with another program.</source>
        <translation>%1

Ce type de fichier (%2) n’a pas de visionneuse ici&#xa0;; ouvrez-le avec un autre programme.</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/compare.py" line="-181"/>
        <source>Compare</source>
        <translation>Comparer</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/compare.py" line="+5"/>
        <source>Select two to four photos to compare.</source>
        <translation>Sélectionnez de deux à quatre photos à comparer.</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/deck.py" line="-320"/>
        <source>Find in the deck (accents and case ignored)</source>
        <translation>Rechercher dans le diaporama (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The deck cannot be opened.</source>
        <translation>Le diaporama ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speaker notes</source>
        <translation>Notes de l’orateur</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+216"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Show or hide the page&apos;s text and speaker notes (%1)</source>
        <translation>Afficher ou masquer le texte et les notes de l’orateur de la page (%1)</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>No text on this page.</source>
        <translation>Pas de texte sur cette page.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match %1 of %2 on this page</source>
        <translation>Résultat %1 sur %2 dans cette page</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Slide %1</source>
        <translation>Diapositive %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/feedback.py" line="+25"/>
        <source>Picked</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unflagged</source>
        <translation>Sans drapeau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No label</source>
        <translation>Sans libellé</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/info.py" line="+68"/>
        <source>Captured</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lens</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/loupe.py" line="+32"/>
        <source>The picture cannot be shown.</source>
        <translation>L’image ne peut pas être affichée.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Showing the cached preview: %1</source>
        <translation>Affichage de l’aperçu en cache&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/window.py" line="-160"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/deck_source.py" line="+78"/>
        <location filename="../../gui/viewers/imaging.py" line="+28"/>
        <source>The file is missing (moved, deleted or on an offline drive).</source>
        <translation>Le fichier est introuvable (déplacé, supprimé ou sur un disque hors ligne).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 files cannot be shown as pages.</source>
        <translation>Les fichiers %1 ne peuvent pas être affichés en pages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files cannot be shown as pages.</source>
        <translation>Ces fichiers ne peuvent pas être affichés en pages.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Showing the slide titles and notes instead.</source>
        <translation>%1 Affichage des titres et des notes des diapositives à la place.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The deck has no slides that can be shown.</source>
        <translation>Cette présentation n’a aucune diapositive affichable.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No picture of this slide.</source>
        <translation>Pas d’image de cette diapositive.</translation>
    </message>
    <message>
        <location filename="../../gui/player/vlcsupport.py" line="+25"/>
        <source>Install VLC with your package manager (Debian/Ubuntu: sudo apt install vlc).</source>
        <translation>Installez VLC avec votre gestionnaire de paquets (Debian/Ubuntu&#xa0;: sudo apt install vlc).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install VLC from https://www.videolan.org/vlc/ into /Applications.</source>
        <translation>Installez VLC depuis https://www.videolan.org/vlc/ dans /Applications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install VLC (64-bit) from https://www.videolan.org/vlc/.</source>
        <translation>Installez VLC (64 bits) depuis https://www.videolan.org/vlc/.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VLC (libvlc) is not available. %1</source>
        <translation>VLC (libvlc) n’est pas disponible. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VLC could not start. %1</source>
        <translation>VLC n’a pas pu démarrer. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VLC could not start (its plugins are missing?). %1</source>
        <translation>VLC n’a pas pu démarrer (ses modules manquent&#xa0;?). %1</translation>
    </message>
    <message>
        <location filename="../../gui/viewers/imaging.py" line="+29"/>
        <source>The picture is too large to show (%1 × %2 pixels).</source>
        <translation>L’image est trop grande pour être affichée (%1 × %2 pixels).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is not a picture this program can read.</source>
        <translation>Le fichier n’est pas une image que ce programme sait lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture claims an absurd size and is refused as unsafe.</source>
        <translation>L’image annonce une taille absurde et est refusée comme dangereuse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The picture cannot be shown: %1.</source>
        <translation>L’image ne peut pas être affichée&#xa0;: %1.</translation>
    </message>
</context>
</TS>
