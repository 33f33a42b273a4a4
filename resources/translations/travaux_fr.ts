<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="32" />
        <location filename="../../desktop/dialogs.py" line="37" />
        <source>About Travaux</source>
        <translation>À propos de Travaux</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="48" />
        <source>Compare versions of UN resolutions and declarations and see what changed in what States commit to.</source>
        <translation>Comparez les versions des résolutions et déclarations de l’ONU et voyez ce qui a changé dans les engagements des États.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="49" />
        <source>Bundled components</source>
        <translation>Composants inclus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="50" />
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="51" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="52" />
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="66" />
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="67" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="68" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="89" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="90" />
        <source>Open &amp;old version…</source>
        <translation>Ouvrir l’&amp;ancienne version…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="91" />
        <source>Open &amp;new version…</source>
        <translation>Ouvrir la &amp;nouvelle version…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="92" />
        <source>Open a &amp;series of versions…</source>
        <translation>Ouvrir une &amp;série de versions…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="93" />
        <source>Open a series &amp;folder…</source>
        <translation>Ouvrir un &amp;dossier de versions en série…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="94" />
        <source>Check the &amp;concordance of two language versions…</source>
        <translation>Contrôler la &amp;concordance de deux versions linguistiques…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="96" />
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="97" />
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="98" />
        <source>&amp;Swap old and new</source>
        <translation>&amp;Intervertir ancienne et nouvelle</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="99" />
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="100" />
        <source>Find &amp;agreed language</source>
        <translation>Chercher le langage &amp;agréé</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="101" />
        <source>&amp;Import a folder into the library…</source>
        <translation>&amp;Importer un dossier dans la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="102" />
        <source>&amp;Cancel the work in progress</source>
        <translation>A&amp;nnuler le travail en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="103" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="104" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="105" />
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="106" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="107" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="110" />
        <source>&amp;Link selected paragraphs</source>
        <translation>&amp;Lier les paragraphes sélectionnés</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="111" />
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="112" />
        <source>Set &amp;label</source>
        <translation>Changer l’&amp;étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="114" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="115" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="116" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="117" />
        <source>&amp;Next change</source>
        <translation>Changement &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="118" />
        <source>&amp;Previous change</source>
        <translation>Changement &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="119" />
        <source>Show only the &amp;differences</source>
        <translation>N’afficher que les &amp;différences</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="120" />
        <source>&amp;Redline in one column</source>
        <translation>&amp;Modifications sur une colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="121" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="122" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="123" />
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="130" />
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="132" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="133" />
        <source>&amp;About Travaux</source>
        <translation>À &amp;propos de Travaux</translation>
    </message>
</context>
<context>
    <name>AlignedModel</name>
    <message>
        <location filename="../../desktop/models.py" line="165" />
        <source>Old version</source>
        <translation>Ancienne version</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="168" />
        <source>Changes in place</source>
        <translation>Modifications dans le texte</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="171" />
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="173" />
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="210" />
        <source>set by hand</source>
        <translation>fixé à la main</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="220" />
        <source>old</source>
        <translation>ancien</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="220" />
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="221" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="223" />
        <source>nothing on this side</source>
        <translation>rien de ce côté</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop/window_parts.py" line="127" />
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="128" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../../desktop/models.py" line="31" />
        <source>strengthened</source>
        <translation>renforcé</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="32" />
        <source>weakened</source>
        <translation>affaibli</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="33" />
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="34" />
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="35" />
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="36" />
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="37" />
        <location filename="../../desktop/models.py" line="59" />
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="62" />
        <source>moved: was after old ¶ %1 (now ¶ %2)</source>
        <translation>déplacé : suivait l’ancien ¶ %1 (aujourd’hui ¶ %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="63" />
        <source>moved: was after old ¶ %1</source>
        <translation>déplacé : suivait l’ancien ¶ %1</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <location filename="../../desktop/comparing.py" line="62" />
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location filename="../../desktop/comparing.py" line="100" />
        <source>Loading the French language model…</source>
        <translation>Chargement du modèle de langue française…</translation>
    </message>
    <message>
        <location filename="../../desktop/comparing.py" line="103" />
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
</context>
<context>
    <name>ConcordanceController</name>
    <message>
        <location filename="../../desktop/concordance_window.py" line="48" />
        <source>Documents (%1);;All files (*)</source>
        <translation>Documents (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="50" />
        <source>Open two language versions of one text</source>
        <translation>Ouvrir deux versions linguistiques d’un même texte</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="56" />
        <source>Choose exactly two files: the same text in two languages.</source>
        <translation>Choisissez exactement deux fichiers : le même texte en deux langues.</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="67" />
        <source>Checking the concordance…</source>
        <translation>Contrôle de la concordance…</translation>
    </message>
</context>
<context>
    <name>ConcordanceWindow</name>
    <message>
        <location filename="../../desktop/concordance_window.py" line="102" />
        <source>Concordance: %1 (%2) — %3 (%4)</source>
        <translation>Concordance : %1 (%2) — %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="114" />
        <source>%1 pairs of paragraphs, %2 discordances, %3 without counterpart</source>
        <translation>%1 paires de paragraphes, %2 discordances, %3 sans correspondant</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="135" />
        <source>No counterpart in the other version</source>
        <translation>Sans correspondant dans l’autre version</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="177" />
        <source>&amp;Next discordance</source>
        <translation>Discordance &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="180" />
        <source>&amp;Previous discordance</source>
        <translation>Discordance &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="183" />
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="185" />
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="189" />
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location filename="../../desktop/concordance_window.py" line="205" />
        <source>Export the concordance</source>
        <translation>Exporter la concordance</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../desktop/session.py" line="102" />
        <source>link %1</source>
        <translation>lier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="104" />
        <source>unlink %1</source>
        <translation>délier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="107" />
        <source>label %1 as %2</source>
        <translation>marquer %1 comme %2</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/panels.py" line="163" />
        <source>Details of the selected row</source>
        <translation>Détails de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="164" />
        <source>Select a row to see both texts in full, the signals and the score.</source>
        <translation>Sélectionnez une ligne pour voir les deux textes en entier, les signaux et le score.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="175" />
        <source>similarity %1</source>
        <translation>similarité %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="177" />
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="177" />
        <source>no commitment</source>
        <translation>pas d’engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="181" />
        <source>set by hand</source>
        <translation>fixé à la main</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="184" />
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="190" />
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="190" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>DocumentBar</name>
    <message>
        <location filename="../../desktop/window_parts.py" line="166" />
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="166" />
        <source>adopted</source>
        <translation>adopté</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="170" />
        <source>%1 sponsors</source>
        <translation>%1 auteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="171" />
        <source>%1 paragraphs</source>
        <translation>%1 paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="174" />
        <source>Sponsors: %1</source>
        <translation>Auteurs : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="177" />
        <source>not compared yet</source>
        <translation>pas encore comparé</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="180" />
        <source>no file yet</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="185" />
        <source>Old…</source>
        <translation>Ancienne…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="186" />
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="187" />
        <source>Open the old version (Ctrl+O)</source>
        <translation>Ouvrir l’ancienne version (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="188" />
        <source>Open the new version (Ctrl+Shift+O)</source>
        <translation>Ouvrir la nouvelle version (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="189" />
        <source>Open the old version</source>
        <translation>Ouvrir l’ancienne version</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="190" />
        <source>Open the new version</source>
        <translation>Ouvrir la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="191" />
        <location filename="../../desktop/window_parts.py" line="192" />
        <source>Swap old and new</source>
        <translation>Intervertir ancienne et nouvelle</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../desktop/editing.py" line="74" />
        <source>%1 corrections</source>
        <translation>%1 corrections</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../desktop/exports.py" line="76" />
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="79" />
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="81" />
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../desktop/exports.py" line="16" />
        <source>Word document with tracked changes…</source>
        <translation>Document Word avec suivi des modifications…</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="17" />
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="18" />
        <source>Web page report (HTML)…</source>
        <translation>Rapport en page web (HTML)…</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="19" />
        <source>Excel workbook of the changes…</source>
        <translation>Classeur Excel des changements…</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="20" />
        <source>Table of the changes (CSV)…</source>
        <translation>Tableau des changements (CSV)…</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="21" />
        <source>Plain-text summary…</source>
        <translation>Résumé en texte brut…</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="22" />
        <source>Data for other programs (JSON)…</source>
        <translation>Données pour d’autres programmes (JSON)…</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../desktop/files.py" line="40" />
        <source>Open the old version</source>
        <translation>Ouvrir l’ancienne version</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="40" />
        <source>Open the new version</source>
        <translation>Ouvrir la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="41" />
        <source>Documents (%1);;All files (*)</source>
        <translation>Documents (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="142" />
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="145" />
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/panels.py" line="314" />
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="316" />
        <source>%1 of %2 rows</source>
        <translation>%1 sur %2 lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="324" />
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="325" />
        <source>Words in either version</source>
        <translation>Mots de l’une ou l’autre version</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="326" />
        <source>Find in both versions</source>
        <translation>Rechercher dans les deux versions</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="327" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="328" />
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="329" />
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="330" />
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="331" />
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="332" />
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/library_panel.py" line="220" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="221" />
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="342" />
        <source>Saved %1 (UTC)</source>
        <translation>Enregistré le %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="222" />
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="219" />
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="228" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="229" />
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="230" />
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="231" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="236" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="350" />
        <source>%1 ¶</source>
        <translation>%1 ¶</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="358" />
        <source>strengthened</source>
        <translation>renforcé</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="359" />
        <source>weakened</source>
        <translation>affaibli</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="360" />
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="361" />
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="362" />
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="363" />
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="366" />
        <source>no substantive change</source>
        <translation>aucun changement de fond</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="374" />
        <source>Search every paragraph (accents ignored)…</source>
        <translation>Rechercher dans tous les paragraphes (accents ignorés)…</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="375" />
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="376" />
        <source>"Words in quotes" find a phrase, word* a prefix, OR either word</source>
        <translation>« Mots entre guillemets » : une expression ; mot* : un préfixe ; OR : l’un ou l’autre mot</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="377" />
        <source>Comparisons (%1)</source>
        <translation>Comparaisons (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="378" />
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="379" />
        <source>Search results (%1)</source>
        <translation>Résultats (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="380" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="381" />
        <source>Stored comparisons</source>
        <translation>Comparaisons enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="382" />
        <source>Press Enter or double-click to reopen a comparison</source>
        <translation>Entrée ou double-clic pour rouvrir une comparaison</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="383" />
        <source>Stored documents</source>
        <translation>Documents enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="384" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="385" />
        <source>Press Enter or double-click to show the paragraph</source>
        <translation>Entrée ou double-clic pour afficher le paragraphe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="229" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="230" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239" />
        <source>Side-by-side comparison</source>
        <translation>Comparaison côte à côte</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="240" />
        <source>Each row: old paragraphs, the change, new paragraphs</source>
        <translation>Chaque ligne : anciens paragraphes, le changement, nouveaux paragraphes</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../desktop/panels.py" line="126" />
        <source>Commitments only (%1)</source>
        <translation>Engagements seulement (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="127" />
        <source>Hide unchanged (%1)</source>
        <translation>Masquer les inchangés (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="106" />
        <source>%1 shown — F8 next, Shift+F8 previous</source>
        <translation>%1 affichés — F8 suivant, Maj+F8 précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="128" />
        <source>Apply to the side-by-side view</source>
        <translation>Appliquer à la vue côte à côte</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="129" />
        <source>Show in the side-by-side view only the rows these filters let through</source>
        <translation>N’afficher dans la vue côte à côte que les lignes retenues par ces filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="131" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="132" />
        <source>Only the changes that touch what States commit to</source>
        <translation>Seulement les changements qui touchent aux engagements des États</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="68" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="72" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="75" />
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="78" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="78" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="78" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="81" />
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="82" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="84" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
</context>
<context>
    <name>ProvenanceController</name>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="176" />
        <source>Agreed language</source>
        <translation>Langage agréé</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="183" />
        <source>Agreed language is looked for in the library, and no library is open.</source>
        <translation>Le langage agréé se cherche dans la bibliothèque, et aucune bibliothèque n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="186" />
        <source>Open a comparison first: its new version is traced.</source>
        <translation>Ouvrez d’abord une comparaison : c’est sa nouvelle version qui est recherchée.</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="201" />
        <source>Looking for agreed language…</source>
        <translation>Recherche du langage agréé…</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="204" />
        <source>Import a folder into the library</source>
        <translation>Importer un dossier dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="213" />
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="224" />
        <source>Imported %1 documents (%2 already in the library); %3 files could not be read.</source>
        <translation>%1 documents importés (%2 déjà dans la bibliothèque) ; %3 fichiers illisibles.</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="234" />
        <source>Importing into the library…</source>
        <translation>Importation dans la bibliothèque…</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="74" />
        <source>Find agreed language</source>
        <translation>Chercher le langage agréé</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="75" />
        <source>Look for each paragraph of the new version in the library's documents</source>
        <translation>Chercher chaque paragraphe de la nouvelle version dans les documents de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="76" />
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="77" />
        <source>Add every readable file of a folder to the library, in the background</source>
        <translation>Ajouter à la bibliothèque chaque fichier lisible d’un dossier, en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="78" />
        <source>Paragraphs of the new version and where their language comes from</source>
        <translation>Paragraphes de la nouvelle version et origine de leur libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="79" />
        <source>Sources of the selected paragraph</source>
        <translation>Sources du paragraphe sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="85" />
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="88" />
        <source>agreed language: %1</source>
        <translation>langage agréé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="89" />
        <source>edited from %1</source>
        <translation>modifié depuis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="99" />
        <source>Open a comparison, then find where the new version's language comes from.</source>
        <translation>Ouvrez une comparaison, puis cherchez d’où vient le libellé de la nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance_panel.py" line="104" />
        <source>%1: %2 agreed language, %3 edited, %4 new</source>
        <translation>%1 : %2 langage agréé, %3 modifiés, %4 nouveaux</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <location filename="../../desktop/aligned_view.py" line="154" />
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <location filename="../../desktop/aligned_view.py" line="155" />
        <source>⋯ %1 hidden</source>
        <translation>⋯ %1 masqués</translation>
    </message>
</context>
<context>
    <name>RowNavigation</name>
    <message>
        <location filename="../../desktop/navigation.py" line="53" />
        <source>No stored comparison holds this paragraph's document.</source>
        <translation>Aucune comparaison enregistrée ne contient le document de ce paragraphe.</translation>
    </message>
</context>
<context>
    <name>SeriesChangesPanel</name>
    <message>
        <location filename="../../desktop/series_panels.py" line="155" />
        <source>Every paragraph that changed</source>
        <translation>Tout paragraphe qui a changé</translation>
    </message>
    <message>
        <location filename="../../desktop/series_panels.py" line="156" />
        <source>Strengthened at some step</source>
        <translation>Renforcé à une étape</translation>
    </message>
    <message>
        <location filename="../../desktop/series_panels.py" line="157" />
        <source>Weakened at some step</source>
        <translation>Affaibli à une étape</translation>
    </message>
    <message>
        <location filename="../../desktop/series_panels.py" line="158" />
        <source>Added at some step</source>
        <translation>Ajouté à une étape</translation>
    </message>
    <message>
        <location filename="../../desktop/series_panels.py" line="159" />
        <source>Removed at some step</source>
        <translation>Supprimé à une étape</translation>
    </message>
    <message>
        <location filename="../../desktop/series_panels.py" line="168" />
        <source>Which paragraph histories to list</source>
        <translation>Quelles histoires de paragraphes afficher</translation>
    </message>
</context>
<context>
    <name>SeriesController</name>
    <message>
        <location filename="../../desktop/series_window.py" line="61" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop/series_window.py" line="62" />
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../../desktop/series_window.py" line="71" />
        <source>Documents (%1);;All files (*)</source>
        <translation>Documents (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/series_window.py" line="73" />
        <source>Open the versions of a series</source>
        <translation>Ouvrir les versions d’une série</translation>
    </message>
    <message>
        <location filename="../../desktop/series_window.py" line="79" />
        <source>Open a folder of versions as a series</source>
        <translation>Ouvrir un dossier de versions comme une série</translation>
    </message>
    <message>
        <location filename="../../desktop/series_window.py" line="98" />
        <source>A series needs at least two versions.</source>
        <translation>Une série compte au moins deux versions.</translation>
    </message>
    <message>
        <location filename="../../desktop/series_window.py" line="115" />
        <source>Comparing a series of versions…</source>
        <translation>Comparaison d’une série de versions…</translation>
    </message>
    <message>
        <location filename="../../desktop/series_window.py" line="154" />
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
</context>
<context>
    <name>Signal</name>
    <message>
        <location filename="../../desktop/models.py" line="45" />
        <source>verb</source>
        <translation>verbe</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="46" />
        <source>hedge</source>
        <translation>atténuation</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="47" />
        <source>intensifier</source>
        <translation>intensif</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="48" />
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="49" />
        <source>obligation</source>
        <translation>obligation</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="50" />
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="51" />
        <source>negation</source>
        <translation>négation</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/window_parts.py" line="255" />
        <source>Open or drop two versions of a resolution to compare them</source>
        <translation>Ouvrez ou déposez deux versions d’une résolution pour les comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="256" />
        <source>Old version</source>
        <translation>Ancienne version</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="256" />
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="260" />
        <source>click to open, or drop a file here</source>
        <translation>cliquez pour ouvrir, ou déposez un fichier ici</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="263" />
        <source>Open the old version</source>
        <translation>Ouvrir l’ancienne version</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="264" />
        <source>Open the new version</source>
        <translation>Ouvrir la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="265" />
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/window_parts.py" line="266" />
        <source>&amp;Recent comparisons</source>
        <translation>Comparaisons &amp;récentes</translation>
    </message>
</context>
<context>
    <name>VersionStrip</name>
    <message>
        <location filename="../../desktop/series_panels.py" line="62" />
        <source>Versions:</source>
        <translation>Versions :</translation>
    </message>
    <message>
        <location filename="../../desktop/series_panels.py" line="63" />
        <source>Versions of the series: press two to compare them</source>
        <translation>Versions de la série : appuyez sur deux d’entre elles pour les comparer</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <location filename="../../desktop/window_parts.py" line="314" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>