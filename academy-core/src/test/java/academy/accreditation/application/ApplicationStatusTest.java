package academy.accreditation.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void anApplicationIsUnderReviewWhileTheAssessorReviewsItOrWaitsForThePractice() {
        assertThat(ApplicationStatus.values()).filteredOn(ApplicationStatus::isUnderReview)
                .containsExactlyInAnyOrder(ApplicationStatus.IN_REVIEW, ApplicationStatus.MORE_EVIDENCE_REQUESTED);
        assertThat(ApplicationStatus.values()).filteredOn(ApplicationStatus::isInReview)
                .containsExactly(ApplicationStatus.IN_REVIEW);
        assertThat(ApplicationStatus.values()).filteredOn(ApplicationStatus::isMoreEvidenceRequested)
                .containsExactly(ApplicationStatus.MORE_EVIDENCE_REQUESTED);
    }

    @Test
    void decisionMakersAreNamedInWords() {
        assertThat(DecidedAs.APPEAL_ASSESSOR.label()).isEqualTo("appeal assessor");
        assertThat(DecidedAs.MODERATOR.label()).isEqualTo("moderator");
    }
}
