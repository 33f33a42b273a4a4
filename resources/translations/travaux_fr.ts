<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="25" />
        <location filename="../../desktop/dialogs.py" line="30" />
        <source>About Travaux</source>
        <translation>À propos de Travaux</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="41" />
        <source>Compare versions of UN resolutions and declarations and see what changed in what States commit to.</source>
        <translation>Comparez les versions des résolutions et déclarations de l’ONU et voyez ce qui a changé dans les engagements des États.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="42" />
        <source>Bundled components</source>
        <translation>Composants inclus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="43" />
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="44" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="45" />
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
</context>
<context>
    <name>AlignedModel</name>
    <message>
        <location filename="../../desktop/models.py" line="147" />
        <source>Old version</source>
        <translation>Ancienne version</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="150" />
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="152" />
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="188" />
        <source>set by hand</source>
        <translation>fixé à la main</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="198" />
        <source>old</source>
        <translation>ancien</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="198" />
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="199" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="201" />
        <source>nothing on this side</source>
        <translation>rien de ce côté</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../../desktop/models.py" line="32" />
        <source>strengthened</source>
        <translation>renforcé</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="33" />
        <source>weakened</source>
        <translation>affaibli</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="34" />
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="35" />
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="36" />
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="37" />
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="38" />
        <location filename="../../desktop/models.py" line="60" />
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="63" />
        <source>moved: was after old ¶ %1 (now ¶ %2)</source>
        <translation>déplacé : suivait l’ancien ¶ %1 (aujourd’hui ¶ %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="64" />
        <source>moved: was after old ¶ %1</source>
        <translation>déplacé : suivait l’ancien ¶ %1</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../desktop/session.py" line="95" />
        <source>link %1</source>
        <translation>lier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="97" />
        <source>unlink %1</source>
        <translation>délier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="100" />
        <source>label %1 as %2</source>
        <translation>marquer %1 comme %2</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/panels.py" line="132" />
        <source>Details of the selected row</source>
        <translation>Détails de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="133" />
        <source>Select a row to see both texts in full, the signals and the score.</source>
        <translation>Sélectionnez une ligne pour voir les deux textes en entier, les signaux et le score.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="144" />
        <source>similarity %1</source>
        <translation>similarité %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="146" />
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="146" />
        <source>no commitment</source>
        <translation>pas d’engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="150" />
        <source>set by hand</source>
        <translation>fixé à la main</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="153" />
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="160" />
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="160" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/panels.py" line="252" />
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="254" />
        <source>%1 of %2 rows</source>
        <translation>%1 sur %2 lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="262" />
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="263" />
        <source>Words in either version</source>
        <translation>Mots de l’une ou l’autre version</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="264" />
        <source>Find in both versions</source>
        <translation>Rechercher dans les deux versions</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="265" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="266" />
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="267" />
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="268" />
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="269" />
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="270" />
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/library_panel.py" line="181" />
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="182" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="183" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="184" />
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="185" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="185" />
        <source>Saved %1 (UTC)</source>
        <translation>Enregistré le %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="186" />
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="192" />
        <location filename="../../desktop/library_panel.py" line="203" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="193" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="194" />
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="195" />
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="196" />
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="197" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="205" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="310" />
        <source>strengthened</source>
        <translation>renforcé</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="311" />
        <source>weakened</source>
        <translation>affaibli</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="312" />
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="313" />
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="314" />
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="315" />
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="318" />
        <source>no substantive change</source>
        <translation>aucun changement de fond</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="326" />
        <source>Search every paragraph (accents ignored)…</source>
        <translation>Rechercher dans tous les paragraphes (accents ignorés)…</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="327" />
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="328" />
        <source>"Words in quotes" find a phrase, word* a prefix, OR either word</source>
        <translation>« Mots entre guillemets » : une expression ; mot* : un préfixe ; OR : l’un ou l’autre mot</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="329" />
        <source>Comparisons (%1)</source>
        <translation>Comparaisons (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="330" />
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="331" />
        <source>Search results (%1)</source>
        <translation>Résultats (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="332" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="333" />
        <source>Stored comparisons</source>
        <translation>Comparaisons enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="334" />
        <source>Press Enter or double-click to reopen a comparison</source>
        <translation>Entrée ou double-clic pour rouvrir une comparaison</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="335" />
        <source>Stored documents</source>
        <translation>Documents enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="336" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="337" />
        <source>Press Enter or double-click to show the paragraph</source>
        <translation>Entrée ou double-clic pour afficher le paragraphe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="352" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="353" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="354" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="355" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="356" />
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="357" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="358" />
        <source>Set &amp;label</source>
        <translation>Changer l’&amp;étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="359" />
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360" />
        <source>Open &amp;old version…</source>
        <translation>Ouvrir l’&amp;ancienne version…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="361" />
        <source>Open &amp;new version…</source>
        <translation>Ouvrir la &amp;nouvelle version…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="362" />
        <source>&amp;Swap old and new</source>
        <translation>&amp;Intervertir ancienne et nouvelle</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="363" />
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="364" />
        <source>&amp;Cancel the work in progress</source>
        <translation>A&amp;nnuler le travail en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="365" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="366" />
        <source>&amp;Link selected paragraphs</source>
        <translation>&amp;Lier les paragraphes sélectionnés</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="367" />
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="370" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="371" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="372" />
        <source>&amp;Next change</source>
        <translation>Changement &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="373" />
        <source>&amp;Previous change</source>
        <translation>Changement &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="374" />
        <source>&amp;About Travaux</source>
        <translation>À &amp;propos de Travaux</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="375" />
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="376" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="377" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="378" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="379" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="381" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="382" />
        <source>Old…</source>
        <translation>Ancienne…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383" />
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="384" />
        <source>Open the old version (Ctrl+O)</source>
        <translation>Ouvrir l’ancienne version (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="385" />
        <source>Open the new version (Ctrl+Shift+O)</source>
        <translation>Ouvrir la nouvelle version (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="386" />
        <location filename="../../desktop/main_window.py" line="387" />
        <source>Swap old and new</source>
        <translation>Intervertir ancienne et nouvelle</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="388" />
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="389" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="390" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="391" />
        <source>Open or drop two versions of a resolution to compare them</source>
        <translation>Ouvrez ou déposez deux versions d’une résolution pour les comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="392" />
        <source>Old version

click to open, or drop a file here</source>
        <translation>Ancienne version

cliquez pour ouvrir, ou déposez un fichier ici</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="393" />
        <source>New version

click to open, or drop a file here</source>
        <translation>Nouvelle version

cliquez pour ouvrir, ou déposez un fichier ici</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="394" />
        <location filename="../../desktop/main_window.py" line="450" />
        <source>Open the old version</source>
        <translation>Ouvrir l’ancienne version</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="395" />
        <location filename="../../desktop/main_window.py" line="450" />
        <source>Open the new version</source>
        <translation>Ouvrir la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396" />
        <source>&amp;Recent comparisons</source>
        <translation>Comparaisons &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="397" />
        <source>Side-by-side comparison</source>
        <translation>Comparaison côte à côte</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="398" />
        <source>Each row: old paragraphs, the change, new paragraphs</source>
        <translation>Chaque ligne : anciens paragraphes, le changement, nouveaux paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="424" />
        <source>%1 paragraphs</source>
        <translation>%1 paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="433" />
        <source>no file yet</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="451" />
        <source>Documents (%1);;All files (*)</source>
        <translation>Documents (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="571" />
        <source>No stored comparison holds this paragraph's document.</source>
        <translation>Aucune comparaison enregistrée ne contient le document de ce paragraphe.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="600" />
        <source>Loading the French language model…</source>
        <translation>Chargement du modèle de langue française…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="601" />
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="602" />
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="636" />
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="647" />
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="649" />
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="749" />
        <source>%1 corrections</source>
        <translation>%1 corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="798" />
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="801" />
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="834" />
        <source>Export as %1</source>
        <translation>Exporter en %1</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../desktop/panels.py" line="103" />
        <source>Commitments only (%1)</source>
        <translation>Engagements seulement (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="104" />
        <source>Hide unchanged (%1)</source>
        <translation>Masquer les inchangés (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="105" />
        <source>%1 shown — F8 next, Shift+F8 previous</source>
        <translation>%1 affichés — F8 suivant, Maj+F8 précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="106" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="107" />
        <source>Only the changes that touch what States commit to</source>
        <translation>Seulement les changements qui touchent aux engagements des États</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="61" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="65" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="68" />
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="71" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="71" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="71" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="74" />
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="75" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="77" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <location filename="../../desktop/aligned_view.py" line="120" />
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
</context>
<context>
    <name>Signal</name>
    <message>
        <location filename="../../desktop/models.py" line="46" />
        <source>verb</source>
        <translation>verbe</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="47" />
        <source>hedge</source>
        <translation>atténuation</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="48" />
        <source>intensifier</source>
        <translation>intensif</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="49" />
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="50" />
        <source>obligation</source>
        <translation>obligation</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="51" />
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="52" />
        <source>negation</source>
        <translation>négation</translation>
    </message>
</context>
</TS>