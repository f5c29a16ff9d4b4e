package academy.web.api;

import java.util.List;

import academy.shared.InvalidRequestException;

/** A query or path parameter that cannot be read; says which one and what it may be. */
public class InvalidParameterException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String allowed;
    private final List<String> allowedValues;

    /**
     * @param allowed what the parameter may be, in words ("an integer from 1 to 100")
     * @param allowedValues every value it may take, or empty when they cannot be listed
     */
    public InvalidParameterException(String parameter, String userMessage, String allowed, List<String> allowedValues) {
        super(userMessage);
        this.parameter = parameter;
        this.allowed = allowed;
        this.allowedValues = List.copyOf(allowedValues);
    }

    public String parameter() {
        return parameter;
    }

    public String allowed() {
        return allowed;
    }

    public List<String> allowedValues() {
        return allowedValues;
    }
}
