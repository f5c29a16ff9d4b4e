package academy.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import academy.catalogue.content.QuestionSource;

/** One quiz question of one module version, with its options in authored order. */
@Entity
@Table(name = "catalogue_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @Column(name = "question_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String explanation;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "catalogue_question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "option_index")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
        // for JPA
    }

    Question(ModuleVersion moduleVersion, int number, QuestionSource source) {
        this.moduleVersion = Objects.requireNonNull(moduleVersion);
        this.number = number;
        this.text = source.text();
        this.explanation = source.explanation();
        for (int i = 0; i < source.options().size(); i++) {
            options.add(new QuestionOption(source.options().get(i), source.correct().contains(i)));
        }
    }

    public Long id() { return id; }
    public ModuleVersion moduleVersion() { return moduleVersion; }
    public int number() { return number; }
    public String text() { return text; }
    public String explanation() { return explanation; }
    public List<QuestionOption> options() { return Collections.unmodifiableList(options); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Question question && id != null && id.equals(question.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, text);
    }
}
