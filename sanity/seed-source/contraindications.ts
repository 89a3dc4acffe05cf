// Who should not have ketamine, in one place, so every treatment article lists the same reasons. From the ASRA 2018
// consensus guideline (poorly controlled cardiovascular disease, some psychoses, severe liver impairment, raised
// intracranial or intraocular pressure, active substance misuse) and the esketamine prescribing information
// (section 4: aneurysmal vascular disease, arteriovenous malformation, intracerebral haemorrhage; sections 8.1 and
// 8.2: pregnancy and breastfeeding).

/** The contraindications line of an article's risk list. */
export const WHO_SHOULD_NOT_HAVE_KETAMINE =
  'Not for people who are pregnant or breastfeeding, or who have poorly controlled heart disease or blood pressure, an aneurysm, an arteriovenous malformation or past bleeding in the brain, raised pressure in the skull or eye, severe liver disease, some psychotic disorders, or active substance misuse';
