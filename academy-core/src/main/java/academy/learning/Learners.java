package academy.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.People;
import academy.account.Person;
import academy.catalogue.Catalogue;
import academy.catalogue.ModuleVersion;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.InvalidRequestException;

/**
 * Who is learning and what: the signed-in person as a {@link Learner}, and the module they name.
 * Every path that starts, reads, attempts or reports a module asks {@link #mayTake} here, so the
 * audience rule ({@link academy.catalogue.Audience#admits}) holds on all of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class Learners {

    @Inject
    Catalogue catalogue;

    @Inject
    Practices practices;

    @Inject
    People people;

    /** @throws academy.shared.AccessDeniedException when the person has no active membership */
    Learner member(Actor actor) {
        long personId = actor.requirePersonId();
        return new Learner(personId, practices.activeMembershipsOf(personId)).requireMember();
    }

    /** @throws academy.shared.AccessDeniedException without an active membership, or when the module is not for them */
    Learner mayTake(Actor actor, ModuleVersion version) {
        return member(actor).requireMayTake(version);
    }

    Person person(Learner learner) {
        return people.getPerson(learner.personId());
    }

    /** @throws InvalidRequestException for an unknown module */
    ModuleVersion currentVersion(String slug) {
        return catalogue.findModule(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new InvalidRequestException("There is no module called \"" + slug + "\"."));
    }
}
