"""FHIR R4 resource -> column values, one function per resource type.

Each mapper takes the resource (a plain dict) and the bundle context and returns the column
values of one row (without ``id``/``fhir_id``). Keys starting with ``_`` are extras handled by
the importer (a patient's identifiers and contacts, a care plan's goals). Data problems raise
:class:`~app.fhir.common.MappingError` naming the field path, never the value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.fhir.common import (
    EXT_INTERPRETER,
    EXT_MED_SOURCE,
    KEPT_PATIENT_EXTENSIONS,
    MappingError,
    V2_0131,
    cc_code,
    cc_label,
    check_cc,
    check_coding,
    coded,
    div_text,
    get_bool,
    get_cc,
    get_date,
    get_dt,
    get_int,
    get_num,
    get_obj,
    get_objs,
    get_period,
    get_str,
    get_strs,
    human_name,
)
from app.models.base import CVX, ICD10CM, LOINC, RXNORM, SNOMED
from app.models.entities import MEDICATION_SOURCES

if TYPE_CHECKING:
    from app.fhir.importer import BundleContext

Values = dict[str, Any]

CONDITION_SYSTEMS = (SNOMED, ICD10CM, "http://hl7.org/fhir/sid/icd-10")
CLASS_KIND = {
    "IMP": "inpatient", "ACUTE": "inpatient", "NONAC": "inpatient", "OBSENC": "inpatient",
    "SS": "inpatient", "INPATIENT": "inpatient",
    "EMER": "emergency", "EMERGENCY": "emergency",
    "AMB": "ambulatory", "AMBULATORY": "ambulatory", "OUTPATIENT": "ambulatory",
    "WELLNESS": "ambulatory", "URGENTCARE": "ambulatory",
    "HH": "home", "HOME": "home",
    "VR": "virtual", "VIRTUAL": "virtual", "TELEMEDICINE": "virtual",
}


def _required_cc(res: dict[str, Any], key: str) -> dict[str, Any]:
    cc = get_cc(res, key)
    if cc is None or not (cc.get("coding") or cc.get("text")):
        raise MappingError(key, "is missing")
    return cc


def _status_code(res: dict[str, Any], key: str) -> str | None:
    """clinicalStatus-style CodeableConcepts are kept as their code."""
    return cc_code(get_cc(res, key))


def _first_dt(res: dict[str, Any], prefix: str) -> Any:
    """onset[x] / effective[x] / occurrence[x] as a start time."""
    if f"{prefix}DateTime" in res:
        return get_dt(res, f"{prefix}DateTime")
    if f"{prefix}Instant" in res:
        return get_dt(res, f"{prefix}Instant")
    if f"{prefix}Period" in res:
        return get_period(res, f"{prefix}Period")[0]
    return None


# -- Patient --------------------------------------------------------------------------------

_NAME_RANK = {"official": 0, "usual": 1, None: 2, "temp": 3, "nickname": 4, "anonymous": 5,
              "maiden": 6, "old": 7}


def map_patient(res: dict[str, Any], ctx: BundleContext) -> Values:
    v: Values = {}
    extra: dict[str, Any] = {}
    names = get_objs(res, "name")
    if names:
        ranked = sorted(range(len(names)),
                        key=lambda i: (_NAME_RANK.get(names[i].get("use"), 2), i))
        i = ranked[0]
        name, where = names[i], f"name[{i}]."
        given = get_strs(name, "given", where)
        family = get_str(name, "family", where)
        text = get_str(name, "text", where)
        if not given and not family and text:
            *first, last = text.split() or [""]
            given, family = [" ".join(first)], last
        v["given_name"] = " ".join(g for g in given if g)
        v["family_name"] = family or ""
        v["name_prefix"] = " ".join(get_strs(name, "prefix", where)) or None
        v["name_suffix"] = " ".join(get_strs(name, "suffix", where)) or None
    v["birth_date"] = get_date(res, "birthDate")
    gender = get_str(res, "gender")
    v["sex"] = gender
    if "deceasedDateTime" in res:
        v["deceased_at"] = get_dt(res, "deceasedDateTime")
        v["deceased"] = True
    elif "deceasedBoolean" in res:
        v["deceased"] = get_bool(res, "deceasedBoolean")
    for i, cp in enumerate(get_objs(res, "telecom")):
        system = get_str(cp, "system", f"telecom[{i}].")
        value = get_str(cp, "value", f"telecom[{i}].")
        if get_str(cp, "use", f"telecom[{i}].") == "old" or not value:
            continue
        if system == "phone" and "phone" not in v:
            v["phone"] = value
        elif system == "email" and "email" not in v:
            v["email"] = value
    addresses = get_objs(res, "address")
    if addresses:
        pick = next((i for i, a in enumerate(addresses) if a.get("use") == "home"), None)
        if pick is None:
            pick = next((i for i, a in enumerate(addresses) if a.get("use") != "old"), 0)
        addr, where = addresses[pick], f"address[{pick}]."
        v["address_line"] = ", ".join(get_strs(addr, "line", where)) or None
        v["city"] = get_str(addr, "city", where)
        v["state"] = get_str(addr, "state", where)
        v["postal_code"] = get_str(addr, "postalCode", where)
        v["country"] = get_str(addr, "country", where)
    marital = get_cc(res, "maritalStatus")
    if marital is not None:
        v["marital_status"] = cc_code(marital)
        extra["marital_status"] = marital
    comms = get_objs(res, "communication")
    if comms:
        pick = next((i for i, c in enumerate(comms) if c.get("preferred") is True), 0)
        where = f"communication[{pick}]."
        lang = get_cc(comms[pick], "language", where)
        if lang is not None:
            v["language"] = next((c["code"] for c in lang.get("coding") or () if c.get("code")),
                                 None)
            v["language_display"] = next(
                (c["display"] for c in lang.get("coding") or () if c.get("display")),
                lang.get("text"))
        preferred = get_bool(comms[pick], "preferred", where)
        if preferred is not None:
            extra["language_preferred"] = preferred
    kept = []
    for i, ext in enumerate(get_objs(res, "extension")):
        url = get_str(ext, "url", f"extension[{i}].")
        if url == EXT_INTERPRETER:
            v["interpreter_needed"] = bool(get_bool(ext, "valueBoolean", f"extension[{i}]."))
        elif url in KEPT_PATIENT_EXTENSIONS:
            kept.append(ext)
    if kept:
        extra["extensions"] = kept
    if "multipleBirthBoolean" in res:
        extra["multiple_birth"] = get_bool(res, "multipleBirthBoolean")
    elif "multipleBirthInteger" in res:
        extra["multiple_birth"] = get_int(res, "multipleBirthInteger")
    if extra:
        v["extra"] = extra
    for i, gp in enumerate(get_objs(res, "generalPractitioner")):
        name = ctx.ref_display(gp, f"generalPractitioner[{i}]")
        if name:
            v["pcp_name"] = name
            break
    idents: list[Values] = []
    mrn = None
    for i, ident in enumerate(get_objs(res, "identifier")):
        where = f"identifier[{i}]."
        value = get_str(ident, "value", where)
        system = get_str(ident, "system", where)
        type_cc = get_cc(ident, "type", where)
        if not value:
            continue
        type_code = cc_code(type_cc) if type_cc and type_cc.get("coding") else None
        type_text = None
        if type_cc:
            type_text = type_cc.get("text") or next(
                (c["display"] for c in type_cc.get("coding") or () if c.get("display")), None)
        idents.append({"system": system, "value": value, "type_code": type_code,
                       "type_text": type_text})
        if type_code == "MR" and mrn is None:
            mrn = value
    v["mrn"] = mrn
    v["_identifiers"] = idents
    contacts: list[Values] = []
    for i, contact in enumerate(get_objs(res, "contact")):
        where = f"contact[{i}]."
        name_obj = get_obj(contact, "name", where)
        name = human_name(name_obj, f"contact[{i}].name") if name_obj else None
        if not name:
            org = get_obj(contact, "organization", where)
            name = get_str(org, "display", f"contact[{i}].organization.") if org else None
        relationship = None
        emergency = False
        for j, rel in enumerate(get_objs(contact, "relationship", where)):
            check_cc(rel, f"contact[{i}].relationship[{j}]")
            relationship = relationship or cc_label(rel)
            emergency = emergency or any(c.get("code") == "C" and c.get("system") in (None, V2_0131)
                                         for c in rel.get("coding") or ())
        phone = None
        for j, cp in enumerate(get_objs(contact, "telecom", where)):
            if get_str(cp, "system", f"contact[{i}].telecom[{j}].") == "phone":
                phone = get_str(cp, "value", f"contact[{i}].telecom[{j}].")
                if phone:
                    break
        if not name:
            continue
        contacts.append({"name": name, "relationship_": relationship, "phone": phone,
                         "is_emergency": emergency})
    v["_contacts"] = contacts
    return v


# -- clinical resources ------------------------------------------------------------------------

def map_allergy(res: dict[str, Any], ctx: BundleContext) -> Values:
    v: Values = {"patient_id": ctx.patient_of(res, "patient")}
    v.update(coded(_required_cc(res, "code"), (SNOMED, RXNORM)))
    v["clinical_status"] = _status_code(res, "clinicalStatus")
    v["verification_status"] = _status_code(res, "verificationStatus")
    v["type"] = get_str(res, "type")
    cats = get_strs(res, "category")
    v["category"] = cats[0] if cats else None
    v["criticality"] = get_str(res, "criticality")
    reactions = get_objs(res, "reaction")
    reaction = severity = None
    if reactions:
        labels = []
        for j, man in enumerate(get_objs(reactions[0], "manifestation", "reaction[0].")):
            check_cc(man, f"reaction[0].manifestation[{j}]")
            label = cc_label(man)
            if label:
                labels.append(label)
        reaction = "; ".join(labels) or None
        severity = get_str(reactions[0], "severity", "reaction[0].")
    v["reaction"] = reaction
    v["severity"] = severity
    v["onset_at"] = _first_dt(res, "onset")
    v["recorded_at"] = get_dt(res, "recordedDate")
    return v


def map_condition(res: dict[str, Any], ctx: BundleContext) -> Values:
    patient_id = ctx.patient_of(res, "subject")
    v: Values = {"patient_id": patient_id}
    v.update(coded(_required_cc(res, "code"), CONDITION_SYSTEMS))
    v["clinical_status"] = _status_code(res, "clinicalStatus")
    v["verification_status"] = _status_code(res, "verificationStatus")
    category = None
    for i, cat in enumerate(get_objs(res, "category")):
        check_cc(cat, f"category[{i}]")
        category = category or cc_code(cat)
    v["category"] = category
    v["onset_at"] = _first_dt(res, "onset")
    if "abatementDateTime" in res:
        v["abatement_at"] = get_dt(res, "abatementDateTime")
    elif "abatementPeriod" in res:
        start, end = get_period(res, "abatementPeriod")
        v["abatement_at"] = end or start
    else:
        v["abatement_at"] = None
    v["recorded_at"] = get_dt(res, "recordedDate")
    v["encounter_id"] = ctx.encounter_of(res, "encounter", patient_id)
    return v


def _medication_concept(res: dict[str, Any], ctx: BundleContext) -> dict[str, Any]:
    if "medicationCodeableConcept" in res:
        return _required_cc(res, "medicationCodeableConcept")
    ref = get_obj(res, "medicationReference")
    if ref is None:
        raise MappingError("medication[x]", "is missing")
    target = get_str(ref, "reference", "medicationReference.")
    med = None
    if target and target.startswith("#"):
        for i, contained in enumerate(get_objs(res, "contained")):
            if contained.get("id") == target[1:] and contained.get("resourceType") == "Medication":
                med, where = contained, f"contained[{i}]."
                break
    elif target:
        med = ctx.resolve(target)
        where = "medicationReference -> Medication."
        if med is not None and med.get("resourceType") != "Medication":
            raise MappingError("medicationReference", "does not refer to a Medication")
    if med is not None:
        try:
            cc = get_cc(med, "code")
        except MappingError as exc:
            raise MappingError(where + exc.path, exc.problem) from None
        if cc is None or not (cc.get("coding") or cc.get("text")):
            raise MappingError(where + "code", "is missing")
        return cc
    display = get_str(ref, "display", "medicationReference.")
    if display:
        return {"text": display}
    raise MappingError("medicationReference", "cannot be resolved to a Medication in the file")


def _reason(res: dict[str, Any], ctx: BundleContext) -> str | None:
    for i, cc in enumerate(get_objs(res, "reasonCode")):
        check_cc(cc, f"reasonCode[{i}]")
        label = cc_label(cc)
        if label:
            return label
    for i, ref in enumerate(get_objs(res, "reasonReference")):
        label = ctx.ref_display(ref, f"reasonReference[{i}]")
        if label:
            return label
    return None


def _dosage_columns(dosages: list[dict[str, Any]], key: str) -> Values:
    v: Values = {"sig": None, "dose_quantity": None, "dose_unit": None, "route": None,
                 "frequency": None, "period": None, "period_unit": None, "as_needed": False,
                 "as_needed_reason": None, "dosage": None}
    bounds: tuple[Any, Any] = (None, None)
    if not dosages:
        return v | {"_bounds": bounds}
    d0, where = dosages[0], f"{key}[0]."
    v["sig"] = get_str(d0, "text", where) or get_str(d0, "patientInstruction", where)
    rates = get_objs(d0, "doseAndRate", where)
    if rates:
        qty = get_obj(rates[0], "doseQuantity", where + "doseAndRate[0].")
        if qty is not None:
            qwhere = where + "doseAndRate[0].doseQuantity."
            v["dose_quantity"] = get_num(qty, "value", qwhere)
            v["dose_unit"] = get_str(qty, "unit", qwhere) or get_str(qty, "code", qwhere)
    v["route"] = cc_label(get_cc(d0, "route", where))
    timing = get_obj(d0, "timing", where)
    if timing is not None:
        repeat = get_obj(timing, "repeat", where + "timing.")
        if repeat is not None:
            rwhere = where + "timing.repeat."
            v["frequency"] = get_int(repeat, "frequency", rwhere)
            v["period"] = get_num(repeat, "period", rwhere)
            v["period_unit"] = get_str(repeat, "periodUnit", rwhere)
            if "boundsPeriod" in repeat:
                bounds = get_period(repeat, "boundsPeriod", rwhere)
    if "asNeededCodeableConcept" in d0:
        v["as_needed"] = True
        v["as_needed_reason"] = cc_label(get_cc(d0, "asNeededCodeableConcept", where))
    else:
        v["as_needed"] = bool(get_bool(d0, "asNeededBoolean", where))
    v["dosage"] = dosages
    return v | {"_bounds": bounds}


def _med_source(res: dict[str, Any], default: str) -> str:
    for i, ext in enumerate(get_objs(res, "extension")):
        if get_str(ext, "url", f"extension[{i}].") == EXT_MED_SOURCE:
            source = get_str(ext, "valueCode", f"extension[{i}].")
            if source in MEDICATION_SOURCES:
                return source
    return default


def map_medication_request(res: dict[str, Any], ctx: BundleContext) -> Values:
    patient_id = ctx.patient_of(res, "subject")
    v: Values = {"patient_id": patient_id, "source": _med_source(res, "ehr")}
    v.update(coded(_medication_concept(res, ctx), (RXNORM,)))
    v["status"] = get_str(res, "status")
    v["intent"] = get_str(res, "intent")
    v["authored_at"] = get_dt(res, "authoredOn")
    v["prescriber"] = ctx.ref_display(get_obj(res, "requester"), "requester")
    v["reason"] = _reason(res, ctx)
    v["encounter_id"] = ctx.encounter_of(res, "encounter", patient_id)
    v.update(_dosage_columns(get_objs(res, "dosageInstruction"), "dosageInstruction"))
    start, end = v.pop("_bounds")
    dispense = get_obj(res, "dispenseRequest")
    if start is None and end is None and dispense is not None:
        start, end = get_period(dispense, "validityPeriod", "dispenseRequest.")
    v["start_at"], v["end_at"] = start, end
    v["taking"] = None
    return v


_TAKING = {"active": True, "intended": None, "completed": None, "not-taken": False,
           "stopped": False, "on-hold": False, "entered-in-error": None, "unknown": None}


def map_medication_statement(res: dict[str, Any], ctx: BundleContext) -> Values:
    patient_id = ctx.patient_of(res, "subject")
    v: Values = {"patient_id": patient_id, "source": _med_source(res, "patient")}
    v.update(coded(_medication_concept(res, ctx), (RXNORM,)))
    status = get_str(res, "status")
    v["status"] = status
    v["taking"] = _TAKING.get(status or "unknown")
    v["intent"] = None
    v["authored_at"] = get_dt(res, "dateAsserted")
    v["prescriber"] = None
    v["reason"] = _reason(res, ctx)
    v["encounter_id"] = ctx.encounter_of(res, "context", patient_id)
    v.update(_dosage_columns(get_objs(res, "dosage"), "dosage"))
    start, end = v.pop("_bounds")
    if "effectivePeriod" in res:
        start, end = get_period(res, "effectivePeriod")
    elif "effectiveDateTime" in res:
        start, end = get_dt(res, "effectiveDateTime"), None
    v["start_at"], v["end_at"] = start, end
    return v


def map_encounter(res: dict[str, Any], ctx: BundleContext) -> Values:
    v: Values = {"patient_id": ctx.patient_of(res, "subject")}
    klass = res.get("class")
    class_code = None
    if isinstance(klass, list):  # R5 shape, tolerated
        for i, cc in enumerate(klass):
            if not isinstance(cc, dict):
                raise MappingError(f"class[{i}]", "is not an object")
            check_cc(cc, f"class[{i}]")
            class_code = class_code or cc_code(cc)
    elif klass is not None:
        class_code = get_str(check_coding(klass, "class"), "code", "class.")
    v["class_code"] = class_code
    v["kind"] = CLASS_KIND.get((class_code or "").upper(), "other")
    types = get_objs(res, "type")
    if types:
        check_cc(types[0], "type[0]")
    v.update(coded(types[0] if types else None, (SNOMED,)))
    v["status"] = get_str(res, "status")
    v["start_at"], v["end_at"] = get_period(res, "period")
    reason = reason_code = reason_system = None
    reasons = get_objs(res, "reasonCode")
    if reasons:
        check_cc(reasons[0], "reasonCode[0]")
        first = coded(reasons[0], (SNOMED, ICD10CM))
        reason_code, reason_system = first["code"], first["code_system"]
        reason = reasons[0].get("text") or first["code_display"] or cc_label(reasons[0])
    else:
        for i, ref in enumerate(get_objs(res, "reasonReference")):
            reason = ctx.ref_display(ref, f"reasonReference[{i}]")
            if reason:
                break
    v["reason"], v["reason_code"], v["reason_system"] = reason, reason_code, reason_system
    v["facility"] = ctx.ref_display(get_obj(res, "serviceProvider"), "serviceProvider")
    practitioner = None
    for i, part in enumerate(get_objs(res, "participant")):
        who = get_obj(part, "individual", f"participant[{i}].")
        practitioner = ctx.ref_display(who, f"participant[{i}].individual")
        if practitioner:
            break
    v["practitioner"] = practitioner
    hosp = get_obj(res, "hospitalization")
    v["discharge_disposition"] = (
        cc_label(get_cc(hosp, "dischargeDisposition", "hospitalization.")) if hosp else None)
    return v


def _quantity_value(obj: dict[str, Any], where: str) -> tuple[Any, str | None, bool]:
    """value[x] of an Observation or component: (value, unit, is_number)."""
    if "valueQuantity" in obj:
        q = get_obj(obj, "valueQuantity", where)
        if q is None:
            return None, None, True
        qwhere = where + "valueQuantity."
        return get_num(q, "value", qwhere), get_str(q, "unit", qwhere) or get_str(
            q, "code", qwhere), True
    if "valueInteger" in obj:
        n = get_int(obj, "valueInteger", where)
        return (None if n is None else float(n)), None, True
    return None, None, False


def map_observation(res: dict[str, Any], ctx: BundleContext) -> Values:
    patient_id = ctx.patient_of(res, "subject")
    v: Values = {"patient_id": patient_id}
    v.update(coded(_required_cc(res, "code"), (LOINC,)))
    category = None
    for i, cat in enumerate(get_objs(res, "category")):
        check_cc(cat, f"category[{i}]")
        category = category or cc_code(cat)
    v["category"] = category
    v["status"] = get_str(res, "status")
    v["effective_at"] = _first_dt(res, "effective")
    value, unit, is_number = _quantity_value(res, "")
    v["value_quantity"] = value if is_number else None
    v["value_unit"] = unit
    v["value_text"] = v["value_code"] = v["value_code_system"] = None
    if not is_number:
        if "valueCodeableConcept" in res:
            cc = get_cc(res, "valueCodeableConcept")
            v["value_text"] = cc_label(cc)
            first = next((c for c in (cc or {}).get("coding") or () if c.get("code")), None)
            if first is not None:
                v["value_code"], v["value_code_system"] = first["code"], first.get("system")
        elif "valueString" in res:
            v["value_text"] = get_str(res, "valueString")
        elif "valueBoolean" in res:
            flag = get_bool(res, "valueBoolean")
            v["value_text"] = None if flag is None else ("true" if flag else "false")
        elif "valueDateTime" in res:
            get_dt(res, "valueDateTime")
            v["value_text"] = res["valueDateTime"]
        elif "valueTime" in res:
            v["value_text"] = get_str(res, "valueTime")
    interpretation = None
    for i, cc in enumerate(get_objs(res, "interpretation")):
        check_cc(cc, f"interpretation[{i}]")
        interpretation = interpretation or cc_code(cc)
    v["interpretation"] = interpretation
    low = high = None
    ranges = get_objs(res, "referenceRange")
    if ranges:
        lo = get_obj(ranges[0], "low", "referenceRange[0].")
        hi = get_obj(ranges[0], "high", "referenceRange[0].")
        low = get_num(lo, "value", "referenceRange[0].low.") if lo else None
        high = get_num(hi, "value", "referenceRange[0].high.") if hi else None
    v["reference_low"], v["reference_high"] = low, high
    components = []
    for i, comp in enumerate(get_objs(res, "component")):
        where = f"component[{i}]."
        cc = get_cc(comp, "code", where)
        if cc is None:
            raise MappingError(where + "code", "is missing")
        first = coded(cc, (LOINC,))
        value, unit, is_number = _quantity_value(comp, where)
        if not is_number:
            if "valueCodeableConcept" in comp:
                value = cc_label(get_cc(comp, "valueCodeableConcept", where))
            elif "valueString" in comp:
                value = get_str(comp, "valueString", where)
        components.append({"system": first["code_system"], "code": first["code"],
                           "display": first["code_display"] or cc.get("text"),
                           "value": value, "unit": unit})
    v["components"] = components or None
    v["encounter_id"] = ctx.encounter_of(res, "encounter", patient_id)
    return v


def map_immunization(res: dict[str, Any], ctx: BundleContext) -> Values:
    patient_id = ctx.patient_of(res, "patient")
    v: Values = {"patient_id": patient_id}
    v.update(coded(_required_cc(res, "vaccineCode"), (CVX,)))
    v["status"] = get_str(res, "status")
    v["occurred_at"] = get_dt(res, "occurrenceDateTime")
    v["encounter_id"] = ctx.encounter_of(res, "encounter", patient_id)
    return v


def map_procedure(res: dict[str, Any], ctx: BundleContext) -> Values:
    patient_id = ctx.patient_of(res, "subject")
    v: Values = {"patient_id": patient_id}
    v.update(coded(_required_cc(res, "code"), (SNOMED,)))
    v["status"] = get_str(res, "status")
    if "performedPeriod" in res:
        v["performed_start"], v["performed_end"] = get_period(res, "performedPeriod")
    else:
        v["performed_start"], v["performed_end"] = get_dt(res, "performedDateTime"), None
    v["reason"] = _reason(res, ctx)
    v["encounter_id"] = ctx.encounter_of(res, "encounter", patient_id)
    return v


def map_care_plan(res: dict[str, Any], ctx: BundleContext) -> Values:
    patient_id = ctx.patient_of(res, "subject")
    v: Values = {"patient_id": patient_id}
    cats = get_objs(res, "category")
    codings: list[dict[str, Any]] = []
    text = None
    for i, cat in enumerate(cats):
        check_cc(cat, f"category[{i}]")
        codings += cat.get("coding") or []
        text = text or cat.get("text")
    # The US Core "assess-plan" category says nothing about what the plan is for.
    codings.sort(key=lambda c: c.get("code") == "assess-plan")
    v.update(coded({"coding": codings, "text": text} if (codings or text) else None))
    v["title"] = get_str(res, "title")
    description = get_str(res, "description")
    if description is None:
        narrative = get_obj(res, "text")
        div = get_str(narrative, "div", "text.") if narrative else None
        if div and narrative.get("status") != "empty":
            description = div_text(div)
    v["description"] = description
    v["status"] = get_str(res, "status")
    v["intent"] = get_str(res, "intent")
    v["period_start"], v["period_end"] = get_period(res, "period")
    activities = []
    for i, act in enumerate(get_objs(res, "activity")):
        detail = get_obj(act, "detail", f"activity[{i}].")
        if detail is None:
            continue
        where = f"activity[{i}].detail."
        cc = get_cc(detail, "code", where)
        first = coded(cc)
        activities.append({
            "system": first["code_system"], "code": first["code"],
            "display": first["code_display"] or (cc or {}).get("text")
            or get_str(detail, "description", where),
            "status": get_str(detail, "status", where),
        })
    v["activities"] = activities or None
    addresses = []
    for i, ref in enumerate(get_objs(res, "addresses")):
        row_id = ctx.condition_row_id(ref, f"addresses[{i}]", patient_id)
        if row_id and row_id not in addresses:
            addresses.append(row_id)
    v["addresses"] = addresses or None
    v["encounter_id"] = ctx.encounter_of(res, "encounter", patient_id)
    goals = []
    for i, ref in enumerate(get_objs(res, "goal")):
        fid = ctx.ref_fid(ref, "Goal", f"goal[{i}]")
        if fid:
            goals.append(fid)
    v["_goals"] = goals
    return v


def map_goal(res: dict[str, Any], ctx: BundleContext) -> Values:
    v: Values = {"patient_id": ctx.patient_of(res, "subject")}
    desc = _required_cc(res, "description")
    v.update(coded(desc, (SNOMED, LOINC)))
    v["description"] = cc_label(desc)
    v["lifecycle_status"] = get_str(res, "lifecycleStatus")
    v["achievement_status"] = cc_code(get_cc(res, "achievementStatus"))
    t: Values = {"target_code": None, "target_code_system": None, "target_low": None,
                 "target_high": None, "target_unit": None, "target_text": None,
                 "due_date": None}
    targets = get_objs(res, "target")
    if targets:
        tgt, where = targets[0], "target[0]."
        measure = coded(get_cc(tgt, "measure", where), (LOINC, SNOMED))
        t["target_code"], t["target_code_system"] = measure["code"], measure["code_system"]
        if "detailQuantity" in tgt:
            q = get_obj(tgt, "detailQuantity", where) or {}
            qwhere = where + "detailQuantity."
            value = get_num(q, "value", qwhere)
            comparator = get_str(q, "comparator", qwhere)
            if comparator in ("<", "<="):
                t["target_high"] = value
            elif comparator in (">", ">="):
                t["target_low"] = value
            else:
                t["target_low"] = t["target_high"] = value
            t["target_unit"] = get_str(q, "unit", qwhere) or get_str(q, "code", qwhere)
        elif "detailRange" in tgt:
            rng = get_obj(tgt, "detailRange", where) or {}
            for end in ("low", "high"):
                q = get_obj(rng, end, where + "detailRange.")
                if q is not None:
                    qwhere = f"{where}detailRange.{end}."
                    t[f"target_{end}"] = get_num(q, "value", qwhere)
                    t["target_unit"] = t["target_unit"] or get_str(q, "unit", qwhere) or \
                        get_str(q, "code", qwhere)
        elif "detailString" in tgt:
            t["target_text"] = get_str(tgt, "detailString", where)
        elif "detailCodeableConcept" in tgt:
            t["target_text"] = cc_label(get_cc(tgt, "detailCodeableConcept", where))
        t["due_date"] = get_date(tgt, "dueDate", where)
    v.update(t)
    care_plan_id = ctx.goal_plan.get(ctx.current_fid or "")
    if care_plan_id is not None:
        v["care_plan_id"] = care_plan_id
    return v

