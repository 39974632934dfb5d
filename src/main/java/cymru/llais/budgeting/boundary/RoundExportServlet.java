package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.budgeting.control.RoundCount;
import cymru.llais.budgeting.control.counting.PabulibWriter;
import cymru.llais.budgeting.entity.Phase;
import cymru.llais.i18n.LanguageFilter;
import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A round whose voting has ended as a pabulib file, {@code /budgeting/round.pb?round=}, written by the anonymising
 * writer: META (description, country, unit, budget, vote type, rule, ...), PROJECTS (cost, votes, names, selected
 * by the round's rule) and VOTES with voters numbered 1, 2, 3, ... (no code, receipt or account). An unknown round
 * is 404 and a round still before the end of voting 409, each with a problem in the request's language.
 */
@WebServlet("/budgeting/round.pb")
public class RoundExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Budgeting budgeting;

    @Inject
    RoundCount counter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = request.getAttribute(LanguageFilter.ATTRIBUTE) instanceof Language l ? l : Language.EN;
        Optional<Budgeting.RoundView> round = budgeting.round(Ids.parse(request.getParameter("round")));
        if (round.isEmpty()) {
            problem(response, 404, "budgeting-not-found", "budgeting.export.problem.notFound.title",
                    "budgeting.export.problem.notFound.detail", language);
            return;
        }
        Budgeting.RoundView view = round.get();
        if (view.phase().compareTo(Phase.RESULTS) < 0) {
            problem(response, 409, "budgeting-voting-not-ended", "budgeting.export.problem.notClosed.title",
                    "budgeting.export.problem.notClosed.detail", language);
            return;
        }
        RoundCount.Tally tally = counter.count(view.round(), view.areaName().in(Language.EN));
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"llais-round-" + view.id() + ".pb\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new PabulibWriter().write(tally.instance(), out);
        out.flush();
    }

    private static void problem(HttpServletResponse response, int status, String slug, String title, String detail,
                                Language language) throws IOException {
        Messages m = Messages.get();
        String body = Json.createObjectBuilder()
                .add("type", "urn:llais:problem:" + slug)
                .add("title", m.format(language, title))
                .add("status", status)
                .add("detail", m.format(language, detail))
                .build().toString();
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("Content-Language", language.code());
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
