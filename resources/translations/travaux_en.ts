<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="25"/>
        <location filename="../../desktop/dialogs.py" line="30"/>
        <source>About Travaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="41"/>
        <source>Compare versions of UN resolutions and declarations and see what changed in what States commit to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="42"/>
        <source>Bundled components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="43"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="44"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="45"/>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlignedModel</name>
    <message>
        <location filename="../../desktop/models.py" line="147"/>
        <source>Old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="150"/>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="152"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="188"/>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="198"/>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="198"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="199"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="201"/>
        <source>nothing on this side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../../desktop/models.py" line="32"/>
        <source>strengthened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="33"/>
        <source>weakened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="34"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="35"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="36"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="37"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="38"/>
        <location filename="../../desktop/models.py" line="60"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="63"/>
        <source>moved: was after old ¶ %1 (now ¶ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="64"/>
        <source>moved: was after old ¶ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../desktop/session.py" line="95"/>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="97"/>
        <source>unlink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="100"/>
        <source>label %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/panels.py" line="132"/>
        <source>Details of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="133"/>
        <source>Select a row to see both texts in full, the signals and the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="144"/>
        <source>similarity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="146"/>
        <source>commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="146"/>
        <source>no commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="150"/>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="153"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="160"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="160"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/panels.py" line="252"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="254"/>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="262"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="263"/>
        <source>Words in either version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="264"/>
        <source>Find in both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="265"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="266"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="267"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="268"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="269"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="270"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/library_panel.py" line="181"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="182"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="183"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="184"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="185"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="185"/>
        <source>Saved %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="186"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="192"/>
        <location filename="../../desktop/library_panel.py" line="203"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="193"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="194"/>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="195"/>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="196"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="197"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="205"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="310"/>
        <source>strengthened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="311"/>
        <source>weakened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="312"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="313"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="314"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="315"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="318"/>
        <source>no substantive change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="326"/>
        <source>Search every paragraph (accents ignored)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="327"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="328"/>
        <source>&quot;Words in quotes&quot; find a phrase, word* a prefix, OR either word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="329"/>
        <source>Comparisons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="330"/>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="331"/>
        <source>Search results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="332"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="333"/>
        <source>Stored comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="334"/>
        <source>Press Enter or double-click to reopen a comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="335"/>
        <source>Stored documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="336"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/library_panel.py" line="337"/>
        <source>Press Enter or double-click to show the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="352"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="353"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="354"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="355"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="356"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="357"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="358"/>
        <source>Set &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="359"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360"/>
        <source>Open &amp;old version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="361"/>
        <source>Open &amp;new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="362"/>
        <source>&amp;Swap old and new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="363"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="364"/>
        <source>&amp;Cancel the work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="365"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="366"/>
        <source>&amp;Link selected paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="367"/>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="370"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="371"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="372"/>
        <source>&amp;Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="373"/>
        <source>&amp;Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="374"/>
        <source>&amp;About Travaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="375"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="376"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="377"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="378"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="379"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="381"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="382"/>
        <source>Old…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="384"/>
        <source>Open the old version (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="385"/>
        <source>Open the new version (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="386"/>
        <location filename="../../desktop/main_window.py" line="387"/>
        <source>Swap old and new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="388"/>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="389"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="390"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="391"/>
        <source>Open or drop two versions of a resolution to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="392"/>
        <source>Old version

click to open, or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="393"/>
        <source>New version

click to open, or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="394"/>
        <location filename="../../desktop/main_window.py" line="450"/>
        <source>Open the old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="395"/>
        <location filename="../../desktop/main_window.py" line="450"/>
        <source>Open the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396"/>
        <source>&amp;Recent comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="397"/>
        <source>Side-by-side comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="398"/>
        <source>Each row: old paragraphs, the change, new paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="424"/>
        <source>%1 paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="433"/>
        <source>no file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="451"/>
        <source>Documents (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="571"/>
        <source>No stored comparison holds this paragraph&apos;s document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="600"/>
        <source>Loading the French language model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="601"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="602"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="636"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="647"/>
        <source>The comparison was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="649"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="749"/>
        <source>%1 corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="798"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="801"/>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="834"/>
        <source>Export as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../desktop/panels.py" line="103"/>
        <source>Commitments only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="104"/>
        <source>Hide unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="105"/>
        <source>%1 shown — F8 next, Shift+F8 previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="106"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels.py" line="107"/>
        <source>Only the changes that touch what States commit to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="61"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="65"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="68"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="71"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="71"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="71"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="74"/>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="75"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="77"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <location filename="../../desktop/aligned_view.py" line="120"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signal</name>
    <message>
        <location filename="../../desktop/models.py" line="46"/>
        <source>verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="47"/>
        <source>hedge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="48"/>
        <source>intensifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="49"/>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="50"/>
        <source>obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="51"/>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="52"/>
        <source>negation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
