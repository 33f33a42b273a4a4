"""Metadata rules (nlp.readers.metadata) and the lead rules (nlp.readers.lead), on small texts written here."""

from __future__ import annotations

import pytest

from nlp.readers.lead import lead_of
from nlp.readers.metadata import adoption_date, extract, iso_date, organ_named


@pytest.mark.parametrize(
    "text, iso",
    [
        ("le 27 septembre 2017", "2017-09-27"),
        ("le 1er juillet 2022", "2022-07-01"),
        ("le 3 août 2020", "2020-08-03"),
        ("on 21 November 2017", "2017-11-21"),
        ("on November 21, 2017", "2017-11-21"),
        ("en 2017", None),
    ],
)
def test_iso_date(text, iso):
    assert iso_date(text) == iso


def test_adoption_date_is_not_the_distribution_date():
    header = ["Assemblée générale", "Distr. générale 23 janvier 2018", "Résolution adoptée par l'Assemblée générale le 19 décembre 2017"]
    assert adoption_date(header, []) == "2017-12-19"


def test_adoption_date_of_the_security_council_meeting():
    header = ["Conseil de sécurité", "Distr. générale 21 novembre 2017", "Résolution 2388 (2017)", "Adoptée par le Conseil de sécurité à sa 8111e séance, le 21 novembre 2017"]
    assert adoption_date(header, []) == "2017-11-21"


def test_adoption_date_from_the_closing_formula_else_none():
    assert adoption_date(["Distr. générale 9 octobre 2017"], ["24e séance plénière 27 septembre 2017"]) == "2017-09-27"
    assert adoption_date(["Distr. générale 9 octobre 2017"], []) is None


@pytest.mark.parametrize(
    "text, body",
    [
        ("L'Assemblée générale,", "General Assembly"),
        ("Le Conseil de sécurité,", "Security Council"),
        ("The Security Council,", "Security Council"),
        ("La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,",
         "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"),
        ("Conseil économique et social", "Economic and Social Council"),
    ],
)
def test_organ_named(text, body):
    assert organ_named(text).name == body


def test_symbol_from_the_number_and_the_organ():
    meta = extract(["Assemblée générale", "72/195. Amélioration de la coordination"], "L'Assemblée générale,", [], [], "texte")
    assert (meta.symbol, meta.title, meta.body) == ("A/RES/72/195", "Amélioration de la coordination", "General Assembly")
    meta = extract(["Resolution 2388 (2017)", "Adopted by the Security Council at its 8111th meeting, on 21 November 2017"], "The Security Council,", [], [], "the text")
    assert (meta.symbol, meta.title, meta.adopted) == ("S/RES/2388 (2017)", None, "2017-11-21")


def test_symbol_printed_in_the_header_or_a_running_header_wins():
    meta = extract(["United Nations A/RES/76/7", "76/7. Déclaration politique"], "L'Assemblée générale", [], [], "texte")
    assert meta.symbol == "A/RES/76/7"
    meta = extract(["Résolution 11/5", "Titre"], None, [], ["CTOC/COP/2022/L.5"], "texte")
    assert meta.symbol == "CTOC/COP/2022/L.5"


def test_resolution_number_alone_when_that_is_all_the_text_says():
    meta = extract(["Résolution 11/5", "Application du Protocole"], "La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,", [], [], "texte")
    assert (meta.symbol, meta.title) == ("11/5", "Application du Protocole")


def test_unknown_organ_is_named_as_the_text_names_it():
    meta = extract([], "La Commission de la fonction publique internationale,", [], [], "texte")
    assert meta.body == "Commission de la fonction publique internationale"


def test_language_detected():
    assert extract([], None, [], [], "Nous nous engageons à prévenir la traite des personnes.").language == "fr"
    assert extract([], None, [], [], "We commit to prevent trafficking in persons and to protect the victims.").language == "en"


@pytest.mark.parametrize(
    "text, kind, language, lead",
    [
        ("Réaffirmant que le Plan", "preambular", "fr", "Réaffirmant"),
        ("Condamnant de nouveau énergiquement la traite", "preambular", "fr", "Condamnant de nouveau énergiquement"),
        ("Prenant note avec satisfaction du rapport", "preambular", "fr", "Prenant note avec satisfaction"),
        ("Se félicitant de l'adoption", "preambular", "fr", "Se félicitant"),
        ("Ayant à l'esprit le fait", "preambular", "fr", "Ayant à l'esprit"),
        ("Profondément préoccupée par la persistance", "preambular", "fr", "Profondément préoccupée"),
        ("Exhorte les États Membres", "operative", "fr", "Exhorte"),
        ("Prie instamment les États", "operative", "fr", "Prie instamment"),
        ("Condamne énergiquement les violations", "operative", "fr", "Condamne énergiquement"),
        ("Prend acte du rapport", "operative", "fr", "Prend acte"),
        ("Réitère sa condamnation", "operative", "fr", "Réitère"),
        ("Nous nous engageons à prévenir", "operative", "fr", "Nous nous engageons"),
        ("Nous réaffirmons le Plan", "operative", "fr", "Nous réaffirmons"),
        ("Nous, États Membres de l'Organisation des Nations Unies, réaffirmons le Plan", "operative", "fr", "Nous réaffirmons"),
        ("Nous sommes gravement préoccupés par", "operative", "fr", "Nous sommes gravement préoccupés"),
        ("Promouvoir la ratification universelle", "preambular", "fr", None),
        ("Prendre des mesures", "operative", "fr", None),
        ("Le Conseil de sécurité décide", "operative", "fr", None),
        ("À cet égard, nous rappelons", "operative", "fr", None),
        ("Urges Member States to", "operative", "en", "Urges"),
        ("Calls upon all States to", "operative", "en", "Calls upon"),
        ("Takes note with appreciation of the report", "operative", "en", "Takes note with appreciation"),
        ("Further requests the Secretary-General", "operative", "en", "Further requests"),
        ("We commit to", "operative", "en", "We commit"),
        ("We, the Heads of State and Government, gathered in New York, reaffirm our", "operative", "en", "We reaffirm"),
        ("Deeply concerned by the persistence", "preambular", "en", "Deeply concerned"),
        ("Bearing in mind that", "preambular", "en", "Bearing in mind"),
        ("Recalling also its resolution", "preambular", "en", "Recalling also"),
        ("Taking note of the report", "preambular", "en", "Taking note"),
        ("Expresses deep concern about the links", "operative", "en", "Expresses deep concern"),
        ("Reiterates its call for", "operative", "en", "Reiterates"),
        ("Continues to urge States", "operative", "en", "Continues to urge"),
        ("Looking forward to the outcome", "preambular", "en", "Looking forward"),
        ("Calls for a reduction of tensions", "operative", "en", "Calls for"),
        ("Accueille favorablement le rapport", "operative", "fr", "Accueille favorablement"),
        ("Exprime sa solidarité avec les victimes", "operative", "fr", "Exprime"),
        ("Strengthen cooperation", "operative", "en", None),
        ("To promote the ratification", "preambular", "en", None),
        ("Un premier paragraphe", "other", "fr", None),
        ("", "operative", "fr", None),
    ],
)
def test_lead_of(text, kind, language, lead):
    assert lead_of(text, kind, language) == lead


@pytest.mark.parametrize(
    "line, language, expected",
    [
        ("Rappelant sa résolution 2331 (2016),", "fr", True),
        ("Se félicitant de l'adoption", "fr", True),
        ("Profondément préoccupée par la persistance", "fr", True),
        ("Convaincue qu'il faut agir,", "fr", True),
        ("Nations Unies contre la drogue et le crime,", "fr", False),
        ("António Guterres, et", "fr", False),
        ("de la traite,", "fr", False),
        ("Recalling its resolutions", "en", True),
        ("Deeply concerned by", "en", True),
        ("United Nations Office on Drugs and Crime,", "en", False),
    ],
)
def test_opens_preambular(line, language, expected):
    from nlp.readers.lead import opens_preambular

    assert opens_preambular(line, language) is expected
