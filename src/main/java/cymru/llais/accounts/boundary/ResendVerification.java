package cymru.llais.accounts.boundary;

import cymru.llais.platform.RateLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Asks for a new verification link. The answer is the same whether or not the address has an account waiting. */
@Named
@RequestScoped
public class ResendVerification extends LinkRequestForm {

    @Override
    RateLimits.Kind limit() {
        return RateLimits.Kind.SIGN_UP;
    }

    @Override
    String tooManyKey() {
        return "accounts.signup.tooMany";
    }

    @Override
    void send(String address) {
        accounts.resendVerification(address);
    }

    @Override
    String page() {
        return "/account/resend.xhtml";
    }
}
