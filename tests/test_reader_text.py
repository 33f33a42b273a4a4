"""The Markdown / plain-text reader, construct by construct, on small texts written here."""

from __future__ import annotations

import pytest

from nlp.model.errors import InputError
from nlp.readers import read_bytes
from nlp.readers.textual import parse_text


def parse(text: str, fmt: str = "markdown"):
    return parse_text(text, path="t.md" if fmt == "markdown" else "t.txt", fmt=fmt)


def ids(doc) -> list[str]:
    return [p.id for p in doc]


GA_HEAD = """# Assemblée générale

Distr. générale
23 janvier 2018

## Résolution adoptée par l'Assemblée générale le 19 décembre 2017

### 72/195. Amélioration de la coordination

*L'Assemblée générale,*

"""


def test_preambular_and_operative_paragraphs_with_italic_leads():
    doc = parse(
        GA_HEAD
        + "*Réaffirmant* que le Plan,\n\n*Prenant note avec satisfaction* du rapport,\n\n"
        + "1. *Exhorte* les États Membres ;\n\n2. *Prie instamment* le Secrétaire général ;\n"
    )
    assert ids(doc) == ["PP1", "PP2", "1", "2"]
    assert [p.kind for p in doc] == ["preambular", "preambular", "operative", "operative"]
    assert [p.lead for p in doc] == ["Réaffirmant", "Prenant note avec satisfaction", "Exhorte", "Prie instamment"]
    assert doc.paragraph("PP1").text == "Réaffirmant que le Plan,"
    assert doc.paragraph("2").text == "Prie instamment le Secrétaire général ;"


def test_headings_and_closing_formula_are_not_paragraphs():
    doc = parse(GA_HEAD + "*Rappelant* sa résolution,\n\n1. *Décide* de continuer.\n\n73<sup>e</sup> séance plénière  \n19 décembre 2017\n")
    assert ids(doc) == ["PP1", "1"]
    assert doc.paragraph("1").text == "Décide de continuer."


@pytest.mark.parametrize(
    "call, note",
    [
        ("<sup>1</sup>", "<sup>1</sup> Résolution 64/293."),
        ("¹", "¹ Résolution 64/293."),
        ("[^1]", "[^1]: Résolution 64/293."),
        ("^1", "^1 Résolution 64/293."),
    ],
)
def test_footnote_call_outs_are_removed_and_notes_attached(call, note):
    doc = parse(GA_HEAD + f"*Rappelant* le Plan d'action mondial{call}, adopté en 2010,\n\n{note}\n\n1. *Décide* de continuer.\n")
    pp1 = doc.paragraph("PP1")
    assert pp1.text == "Rappelant le Plan d'action mondial, adopté en 2010,"
    assert pp1.footnotes == ("Résolution 64/293.",)
    assert doc.paragraph("1").footnotes == ()


def test_superscript_ordinals_stay_as_letters():
    doc = parse(GA_HEAD + "*Rappelant* la réunion du 1<sup>er</sup> juillet 2022 et la 8111^e séance,\n\n1. *Décide* de continuer.\n")
    assert doc.paragraph("PP1").text == "Rappelant la réunion du 1er juillet 2022 et la 8111e séance,"
    assert doc.paragraph("PP1").footnotes == ()


def test_superscript_o_after_n_is_the_numero_sign():
    doc = parse(GA_HEAD + "*Rappelant* le Recueil des Traités, vol. 2225, n<sup>o</sup> 39574,\n\n1. *Décide* de continuer.\n")
    assert doc.paragraph("PP1").text == "Rappelant le Recueil des Traités, vol. 2225, n° 39574,"


def test_unicode_call_out_after_a_digit_is_a_call_out_but_not_a_unit_exponent():
    doc = parse(GA_HEAD + "*Rappelant* le Programme à l'horizon 2030², sur 3 km²,\n\n² Résolution 70/1.\n\n1. *Décide* de continuer.\n")
    assert doc.paragraph("PP1").text == "Rappelant le Programme à l'horizon 2030, sur 3 km²,"
    assert doc.paragraph("PP1").footnotes == ("Résolution 70/1.",)


def test_paragraph_split_by_a_page_break_with_footnotes_is_joined_back():
    text = GA_HEAD + (
        "*Rappelant* la Convention<sup>2</sup>, le Protocole<sup>3</sup>,\n\n"
        "*Consciente* du rôle joué dans l'application du Plan d'action\n\n"
        "<sup>2</sup> Nations Unies, *Recueil des Traités*, vol. 2225, n° 39574.\n\n"
        "<sup>3</sup> *Ibid.*, vol. 2237, n° 39574.\n\n---\n\n"
        "mondial, accueillant avec satisfaction les activités menées,\n\n"
        "1. *Décide* de continuer.\n"
    )
    doc = parse(text)
    assert ids(doc) == ["PP1", "PP2", "1"]
    assert doc.paragraph("PP2").text == "Consciente du rôle joué dans l'application du Plan d'action mondial, accueillant avec satisfaction les activités menées,"
    assert doc.paragraph("PP1").footnotes == ("Nations Unies, Recueil des Traités, vol. 2225, n° 39574.", "Ibid., vol. 2237, n° 39574.")


def test_plain_numbered_footnote_after_a_page_break():
    text = GA_HEAD + (
        "*Rappelant* la Convention¹ et le fait que les États parties se sont engagés à agir sans\n\n"
        "1 Nations Unies, Recueil des Traités, vol. 2225.\n\n"
        "délai,\n\n1. *Décide* de continuer.\n"
    )
    doc = parse(text, "text")
    assert doc.paragraph("PP1").text == "Rappelant la Convention et le fait que les États parties se sont engagés à agir sans délai,"
    assert doc.paragraph("PP1").footnotes == ("Nations Unies, Recueil des Traités, vol. 2225.",)


def test_a_number_and_a_space_is_text_when_no_such_note_was_called():
    doc = parse(GA_HEAD + "*Rappelant* sa résolution,\n\n1. *Décide* de tenir\n\n2 réunions par an.\n", "text")
    assert ids(doc) == ["PP1", "1"]
    assert doc.paragraph("1").text == "Décide de tenir 2 réunions par an."


def test_continuation_after_a_paragraph_stopped_mid_sentence_starting_with_a_capital():
    text = GA_HEAD + (
        "*Rappelant* sa résolution,\n\n"
        "1. *Prie* le Secrétaire général de lui faire rapport sur la mise en œuvre par l'Office des\n\n"
        "21-17344 (F)\n\nA/RES/76/7\n\n2/10\n\n"
        "Nations Unies contre la drogue et le crime ;\n\n2. *Décide* de continuer.\n"
    )
    doc = parse(text, "text")
    assert ids(doc) == ["PP1", "1", "2"]
    assert doc.paragraph("1").text.endswith("par l'Office des Nations Unies contre la drogue et le crime ;")


def test_hyphenated_word_split_by_a_page_break_keeps_its_hyphen_and_no_space():
    text = GA_HEAD + "*Rappelant* les mécanismes régionaux, sous-\n\n---\n\nrégionaux et interrégionaux,\n\n1. *Décide* de continuer.\n"
    assert parse(text).paragraph("PP1").text == "Rappelant les mécanismes régionaux, sous-régionaux et interrégionaux,"


def test_page_furniture_is_dropped_inside_a_block():
    text = GA_HEAD + "*Rappelant* sa résolution et\n17-23034 (F) *1723034*\nA/RES/72/195\nses décisions,\n\n1. *Décide* de continuer.\n"
    assert parse(text, "text").paragraph("PP1").text == "Rappelant sa résolution et ses décisions,"


def test_links_keep_their_text():
    text = GA_HEAD + "*Rappelant* la résolution [76/7](#) et ses résolutions [2359 \\(2017\\)](#),\n\n1. *Décide* de continuer.\n"
    assert parse(text).paragraph("PP1").text == "Rappelant la résolution 76/7 et ses résolutions 2359 (2017),"


def test_sub_items_letters_and_roman_numerals_with_parents():
    text = GA_HEAD + (
        "*Réaffirmant* que le Plan a vocation à :\n\na) Promouvoir la ratification,\n\nb) Aider les États,\n\n"
        "1. *Demande* aux États :\n\n(a) De renforcer :\n\n(i) la coopération ;\n\n(ii) l'assistance ;\n\n"
        "(b) De prévenir ;\n\n2. *Décide* de continuer.\n"
    )
    doc = parse(text)
    assert ids(doc) == ["PP1", "PP1(a)", "PP1(b)", "1", "1(a)", "1(a)(i)", "1(a)(ii)", "1(b)", "2"]
    assert doc.paragraph("PP1(b)").parent == "PP1" and doc.paragraph("PP1(b)").kind == "preambular"
    assert doc.paragraph("1(a)(ii)").parent == "1(a)" and doc.paragraph("1(a)").parent == "1"
    assert doc.paragraph("1(a)(i)").kind == "operative"
    assert doc.paragraph("1(a)(i)").text == "la coopération ;"
    assert doc.paragraph("PP1(a)").lead is None  # an infinitive takes its force from the paragraph it ends


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral():
    items = "".join(f"{c}) Point {c} ;\n\n" for c in "abcdefghij")
    doc = parse(GA_HEAD + "*Rappelant* sa résolution,\n\n1. *Demande* :\n\n" + items)
    assert ids(doc)[-3:] == ["1(h)", "1(i)", "1(j)"]
    assert doc.paragraph("1(i)").parent == "1"


def test_unnumbered_preambular_paragraph_of_the_security_council_without_italics():
    text = (
        "Conseil de sécurité\n\nRésolution 2388 (2017)\n\n"
        "Adoptée par le Conseil de sécurité à sa 8111^e séance,\nle 21 novembre 2017\n\n"
        "Le Conseil de sécurité,\n\nRappelant sa résolution 2331 (2016),\n\n"
        "Se déclarant gravement préoccupé par le nombre de victimes,\n\n"
        "1. *Condamne énergiquement* la traite ;\n\n2. *Décide* de rester saisi de la question.\n"
    )
    doc = parse(text, "text")
    assert ids(doc) == ["PP1", "PP2", "1", "2"]
    assert [p.lead for p in doc] == ["Rappelant", "Se déclarant gravement préoccupé", "Condamne énergiquement", "Décide"]
    assert doc.symbol == "S/RES/2388 (2017)"
    assert doc.body == "Security Council"
    assert doc.adopted == "2017-11-21"


def test_declaration_annexed_to_the_resolution_that_adopts_it():
    text = (
        "Assemblée générale\n\nRésolution adoptée par l'Assemblée générale le 22 novembre 2021\n\n"
        "76/7. Déclaration politique de 2021\n\nL'Assemblée générale\n\n"
        "Adopte la déclaration politique qui se trouve annexée à la présente résolution.\n\n"
        "37^e séance plénière\n22 novembre 2021\n\nAnnexe\n\nDéclaration politique de 2021\n\n"
        "1. Nous réaffirmons le Plan d'action mondial.\n2. Nous nous engageons à :\n\n"
        "a) Prévenir la traite ;\n\nb) Protéger les victimes.\n"
    )
    doc = parse(text, "text")
    assert ids(doc) == ["1", "2", "2(a)", "2(b)"]
    assert all(p.kind == "operative" for p in doc)
    assert doc.paragraph("2").lead == "Nous nous engageons"
    assert doc.symbol == "A/RES/76/7" and doc.title == "Déclaration politique de 2021"
    assert doc.adopted == "2021-11-22"


def test_declaration_after_a_heading_following_the_adopting_sentence():
    text = (
        "## Résolution adoptée par l'Assemblée générale le 27 septembre 2017\n\n### 72/1. Déclaration politique\n\n"
        "*L'Assemblée générale*\n\nAdopte la déclaration politique ci-après :\n\n#### Déclaration politique\n\n"
        "1. Nous, États Membres de l'Organisation des Nations Unies, réaffirmons le Plan.\n"
        "2. Nous rappelons notre attachement.\n"
    )
    doc = parse(text)
    assert ids(doc) == ["1", "2"]
    assert doc.paragraph("1").lead == "Nous réaffirmons"
    assert doc.paragraph("1").text.startswith("Nous, États Membres")


def test_text_is_whitespace_collapsed_and_otherwise_unaltered():
    doc = parse(GA_HEAD + "*Rappelant*   la   résolution\n  « Traite des personnes » ;  \n\n1. *Décide* de continuer.\n")
    assert doc.paragraph("PP1").text == "Rappelant la résolution « Traite des personnes » ;"


def test_out_of_sequence_number_is_text_of_the_paragraph_before():
    doc = parse(GA_HEAD + "*Rappelant* sa résolution,\n\n1. *Décide* de créer un fonds doté de\n\n300. millions de dollars ;\n\n2. *Prie* le Secrétaire général.\n")
    assert ids(doc) == ["PP1", "1", "2"]
    assert doc.paragraph("1").text == "Décide de créer un fonds doté de 300. millions de dollars ;"


def test_no_recognisable_structure_falls_back_to_blank_line_paragraphs():
    doc = parse("Un premier paragraphe sans numéro.\n\nUn deuxième paragraphe.\n\nEt un troisième.\n", "text")
    assert ids(doc) == ["P1", "P2", "P3"]
    assert all(p.kind == "other" and p.parent is None for p in doc)
    assert doc.paragraph("P2").text == "Un deuxième paragraphe."


def test_a_text_of_markup_only_has_no_readable_text():
    with pytest.raises(InputError, match="no readable text"):
        parse("---\n\n<sup>1</sup>\n\n** **\n")


def test_read_bytes_dispatches_markdown_and_text():
    doc = read_bytes(("Premier.\n\nSecond.\n").encode("utf-16"), "note.txt")
    assert doc.format == "text" and ids(doc) == ["P1", "P2"] and doc.sha256


ENGLISH = """General Assembly

Distr.: General
10 January 2018

Resolution adopted by the General Assembly on 19 December 2017

72/195. Improving the coordination of efforts against trafficking in persons

The General Assembly,

Reaffirming its commitment to the Global Plan of Action,[^1]

Deeply concerned by the persistence of trafficking,

[^1]: Resolution 64/293.

1. Urges Member States to ratify the Convention;

2. Calls upon all States to:

(a) Prevent trafficking;

(b) Protect victims;

3. Requests the Secretary-General to report to it at its seventy-fourth session.

73rd plenary meeting
19 December 2017
"""


def test_english_resolution():
    doc = parse(ENGLISH, "text")
    assert doc.language == "en"
    assert ids(doc) == ["PP1", "PP2", "1", "2", "2(a)", "2(b)", "3"]
    assert [p.lead for p in doc] == ["Reaffirming", "Deeply concerned", "Urges", "Calls upon", None, None, "Requests"]
    assert doc.paragraph("PP1").footnotes == ("Resolution 64/293.",)
    assert doc.paragraph("PP1").text == "Reaffirming its commitment to the Global Plan of Action,"
    assert (doc.symbol, doc.body, doc.adopted) == ("A/RES/72/195", "General Assembly", "2017-12-19")
    assert doc.title == "Improving the coordination of efforts against trafficking in persons"


def test_section_headings_between_numbered_paragraphs_are_not_text():
    text = GA_HEAD + (
        "*Rappelant* sa résolution,\n\nI\n\nPrévention\n\n1. *Demande* aux États de prévenir la traite ;\n\n"
        "II. Protection des victimes\n\n2. *Prie* les États de protéger les victimes.\n"
    )
    doc = parse(text, "text")
    assert ids(doc) == ["PP1", "1", "2"]
    assert doc.paragraph("1").text == "Demande aux États de prévenir la traite ;"


def test_italic_lead_is_the_fallback_when_the_rules_find_no_verb():
    text = "The Security Council,\n\n*Recalling* its resolutions,\n\n1. *Condemn* all attacks;\n\n2. Decides to remain seized of the matter.\n"
    doc = parse(text, "text")
    assert [p.lead for p in doc] == ["Recalling", "Condemn", "Decides"]


def test_hyphen_at_a_break_before_a_conjunction_keeps_its_space():
    text = GA_HEAD + "*Rappelant* les pays fournisseurs de contingents ou de personnel de police et les pays pré-\n\n---\n\net post-conflit,\n\n1. *Décide* de continuer.\n"
    assert parse(text).paragraph("PP1").text.endswith("les pays pré- et post-conflit,")


def test_broken_emphasis_leaves_no_asterisk():
    text = GA_HEAD + "*Prenant acte* du rapport, et *s*outenant sans réserve le travail accompli,\n\n1. *Décide* de continuer.\n"
    assert parse(text).paragraph("PP1").text == "Prenant acte du rapport, et soutenant sans réserve le travail accompli,"


def test_running_header_with_symbol_and_title_is_dropped():
    text = (
        "Assemblée générale\n\nRésolution adoptée par l'Assemblée générale le 19 décembre 2017\n\n"
        "72/195. Amélioration de la coordination de l'action contre la traite des personnes\n\n"
        "L'Assemblée générale,\n\n*Rappelant* sa résolution 64/293 et le Plan d'action mondial qu'elle a adopté pour\n\n"
        "A/RES/72/195 Amélioration de la coordination de l'action contre la traite\n\n"
        "lutter contre la traite,\n\n1. *Décide* de continuer.\n\n"
        "2/8 Amélioration de la coordination de l'action contre la traite des personnes A/RES/72/195\n\n"
        "2. *Prie* le Secrétaire général de lui faire rapport.\n"
    )
    doc = parse(text, "text")
    assert ids(doc) == ["PP1", "1", "2"]
    assert doc.paragraph("PP1").text == "Rappelant sa résolution 64/293 et le Plan d'action mondial qu'elle a adopté pour lutter contre la traite,"
    assert doc.paragraph("1").text == "Décide de continuer."


def test_preamble_ending_in_a_full_stop_before_a_heading_is_not_taken_for_an_adopted_declaration():
    text = GA_HEAD + (
        "*Rappelant* sa résolution 64/293,\n\n*Réaffirmant* le Plan,\n\n*Prenant note* du rapport.\n\n"
        "## Dispositif\n\n1. *Décide* de continuer.\n"
    )
    assert ids(parse(text)) == ["PP1", "PP2", "PP3", "1"]


def test_an_extract_may_start_at_any_paragraph_number():
    doc = parse("7. Prie le Secrétaire général de lui faire rapport ;\n\n8. Décide de rester saisi de la question.\n", "text")
    assert ids(doc) == ["7", "8"]


def test_agenda_item_title_in_the_header_is_not_the_opening_clause():
    text = (
        "General Assembly\n\nSeventy-second session\n\nAgenda item 38\n\nThe situation in the Middle East\n\n"
        "Resolution adopted by the General Assembly on 7 December 2017\n\n72/15. Jerusalem\n\n"
        "The General Assembly,\n\nRecalling its relevant resolutions,\n\n1. Reiterates its determination;\n"
    )
    doc = parse(text, "text")
    assert ids(doc) == ["PP1", "1"]
    assert (doc.symbol, doc.title, doc.adopted) == ("A/RES/72/15", "Jerusalem", "2017-12-07")


def test_one_paragraph_a_line_without_blank_lines():
    text = (
        "Conseil de sécurité\nRésolution 2388 (2017)\nAdoptée par le Conseil de sécurité à sa 8111e séance, le 21 novembre 2017\n"
        "Le Conseil de sécurité,\nRappelant sa résolution 2331 (2016),\nProfondément préoccupé par le sort des victimes\n"
        "de la traite,\nConvaincu qu'il faut agir,\n1. Condamne la traite ;\n2. Décide de rester saisi de la question.\n"
    )
    doc = parse(text, "text")
    assert ids(doc) == ["PP1", "PP2", "PP3", "1", "2"]
    assert doc.paragraph("PP2").text == "Profondément préoccupé par le sort des victimes de la traite,"
    assert (doc.symbol, doc.adopted) == ("S/RES/2388 (2017)", "2017-11-21")


def test_closing_formula_and_annex_lines_without_blank_lines_end_the_paragraph_before():
    text = (
        "L'Assemblée générale\nAdopte la déclaration politique annexée à la présente résolution.\n"
        "37e séance plénière\n22 novembre 2021\nAnnexe\nDéclaration politique de 2021\n"
        "1. Nous réaffirmons le Plan d'action mondial.\n2. Nous nous engageons à agir.\n"
    )
    doc = parse(text, "text")
    assert ids(doc) == ["1", "2"]
    assert doc.paragraph("2").text == "Nous nous engageons à agir."


def test_footnote_line_followed_by_a_paragraph_without_blank_line():
    text = GA_HEAD + "*Rappelant* la Convention¹,\n¹ Nations Unies, Recueil des Traités, vol. 2225.\nRéaffirmant le Plan,\n1. *Décide* de continuer.\n"
    doc = parse(text, "text")
    assert ids(doc) == ["PP1", "PP2", "1"]
    assert doc.paragraph("PP1").footnotes == ("Nations Unies, Recueil des Traités, vol. 2225.",)
    assert doc.paragraph("PP2").text == "Réaffirmant le Plan,"


def test_four_digit_paragraph_numbers_and_a_year_that_opens_a_line():
    from nlp.readers.textual import parse_text

    long = "\n\n".join(f"{i}. Décide de poursuivre l'examen de la question {i}." for i in range(1, 1203))
    doc = parse_text(long, path="x.txt", fmt="text")
    assert len(doc.paragraphs) == 1202 and doc.paragraphs[-1].id == "1202"
    wrapped = "1. Décide de continuer.\n\n2. Prie le Secrétaire général de faire rapport avant\n2030. Les États sont invités.\n"
    doc = parse_text(wrapped, path="x.txt", fmt="text")
    assert [p.id for p in doc.paragraphs] == ["1", "2"]
    assert doc.paragraph("2").text.endswith("avant 2030. Les États sont invités.")
