package io.conduct.inquiries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.conduct.people.Person;

/**
 * What the Code's CONFIDENTIALITY section asks of someone who receives an inquiry, in
 * their language: decline to comment and refer the inquirer to their supervisor or one of
 * the Company's authorized spokespersons, named; never pass on material non-public
 * information. An authorized spokesperson is told instead that they may respond. Once an
 * inquiry is recorded, it also says who was told and whether it was flagged.
 *
 * @param language the language it is written in
 * @param section the Code's section it comes from
 * @param summary what the Code asks, in a sentence or two
 * @param steps what to do, in order
 * @param spokespersons the tenant's authorized spokespersons
 * @param supervisor the caller's supervisor, if the directory names one
 * @param callerIsSpokesperson whether the caller is an authorized spokesperson
 */
record InquiryGuidance(Locale language, String section, String summary, List<String> steps, List<Person> spokespersons,
		Person supervisor, boolean callerIsSpokesperson) {

	static final String SECTION = "CONFIDENTIALITY";

	InquiryGuidance {
		steps = List.copyOf(steps);
		spokespersons = List.copyOf(spokespersons);
	}

	/**
	 * The guidance for a caller.
	 * @param recorded the assessment of the inquiry just recorded, or {@code null} before
	 * one is
	 * @param told the names of the people told of it, when one was recorded
	 */
	static InquiryGuidance write(InquiryTexts texts, Locale language, boolean callerIsSpokesperson, Person supervisor,
			List<Person> spokespersons, MnpiAssessment recorded, List<String> told) {
		List<String> steps = new ArrayList<>();
		List<String> names = spokespersons.stream().map(Person::displayName).toList();
		if (callerIsSpokesperson) {
			steps.add(texts.text("guidance.step.spokesperson", language));
		}
		else {
			steps.add(texts.text("guidance.step.decline", language));
			if (supervisor != null && !names.isEmpty()) {
				steps.add(texts.text("guidance.step.refer.both", language, supervisor.displayName(),
						texts.list(names, language)));
			}
			else if (!names.isEmpty()) {
				steps.add(texts.text("guidance.step.refer.spokespersons", language, texts.list(names, language)));
			}
			else if (supervisor != null) {
				steps.add(texts.text("guidance.step.refer.supervisor", language, supervisor.displayName()));
			}
			else {
				steps.add(texts.text("guidance.step.refer.nobody", language));
			}
		}
		steps.add(texts.text("guidance.step.mnpi", language));
		if (recorded != null && recorded.flagged()) {
			steps.add(texts.text("guidance.flagged", language, texts.mnpiReasons(recorded, language)));
		}
		if (told != null && !told.isEmpty()) {
			steps.add(texts.text("guidance.recorded", language, texts.list(told, language)));
		}
		return new InquiryGuidance(language, SECTION, texts.text("guidance.summary", language), steps, spokespersons,
				supervisor, callerIsSpokesperson);
	}

}
