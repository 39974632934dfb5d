package cymru.llais.accounts.boundary;

import cymru.llais.platform.RateLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Asks for a password reset link. The answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPassword extends LinkRequestForm {

    @Override
    RateLimits.Kind limit() {
        return RateLimits.Kind.RESET;
    }

    @Override
    String tooManyKey() {
        return "accounts.forgot.tooMany";
    }

    @Override
    void send(String address) {
        accounts.requestReset(address);
    }

    @Override
    String page() {
        return "/account/forgot.xhtml";
    }
}
